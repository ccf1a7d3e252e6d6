import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { MoveOrderMutation, OrderAction, OrderPaymentMethodsQuery, OrderQuery, PayOrderMutation, RecordLetterOfCreditMutation } from "../__generated__/operations";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { ErrorSummary, SelectField, TextField } from "../components/fields";
import { LandedCostTable, landedCostView } from "../components/landed-cost";
import { api } from "../graphql.server";
import { translatorFor } from "../locale.server";
import { MOVE_ORDER, ORDER, ORDER_ACTIONS, PAY_ORDER, PAYMENT_METHODS, RECORD_LETTER_OF_CREDIT } from "../operations/orders";
import { sortErrors, textOf, type UserError } from "../utils/forms";
import { formatDateTime, formatDay, formatMoney, formatNumber, formatRate } from "../utils/format";
import { formatHsCode } from "../utils/hs";
import { pageMeta } from "../utils/meta";
import { viewerPreferences } from "../viewer.server";

export const meta: MetaFunction = (args) => pageMeta(args, "orders.page.title");

export async function loader(args: LoaderFunctionArgs) {
  const gql = api(args);
  gql.requireSignedIn();
  const prefs = await viewerPreferences(gql);
  const { order } = await gql.query<OrderQuery>(ORDER, { id: args.params.id });
  if (!order) throw json({ code: "NOT_FOUND", message: translatorFor(gql.locale)("errors:ORDER_NOT_FOUND") }, { status: 404 });
  const { locale } = gql;
  const { timeZone } = prefs;
  const buyerCountry = order.parties.find((p) => p.role === "BUYER")?.country ?? "";
  const payable = order.viewerRole === "BUYER" && order.paymentTerms !== "LETTER_OF_CREDIT" && !order.payments.some((p) => p.status !== "CANCELLED" && p.status !== "REFUNDED") && (order.status === "CONFIRMED" || (order.paymentTerms === "OPEN_ACCOUNT" && ["SHIPPED", "DELIVERED"].includes(order.status)));
  const lcDue = order.viewerRole === "BUYER" && order.paymentTerms === "LETTER_OF_CREDIT" && order.status === "CONFIRMED" && !order.payments.some((p) => p.status === "PENDING");
  const methods = payable ? (await gql.query<OrderPaymentMethodsQuery>(PAYMENT_METHODS, { country: buyerCountry })).paymentMethods : [];
  const money = (m: { amount: string; currency: string }) => formatMoney(m, locale);
  return json({
    placed: new URL(args.request.url).searchParams.get("placed") === "1",
    order: {
      id: order.id,
      status: order.status,
      viewerRole: order.viewerRole,
      actions: order.actions.filter((a) => ORDER_ACTIONS.includes(a)),
      buyer: order.buyer.legalName,
      seller: order.seller.legalName,
      hold: order.complianceHold,
      incoterm: order.incoterm.code,
      namedPlace: order.namedPlace,
      terms: order.paymentTerms,
      creditDays: order.creditDays,
      method: order.paymentMethod,
      route: `${order.shipFromCountry} → ${order.destinationCountry}`,
      goodsTotal: money(order.goodsTotal),
      freight: money(order.freight),
      total: money(order.total),
      inBuyerCurrency: money(order.fx.totalInBuyerCurrency),
      sameCurrency: order.total.currency === order.fx.totalInBuyerCurrency.currency,
      fx: { pair: `${order.total.currency}/${order.fx.totalInBuyerCurrency.currency}`, rate: formatRate(order.fx.rate, locale), date: formatDay(order.fx.rateDate, locale), source: order.fx.source },
      shipping: order.shipping && {
        mode: order.shipping.mode,
        carrier: order.shipping.carrierLabel,
        min: order.shipping.transitDaysMin,
        max: order.shipping.transitDaysMax,
        delivery: formatDay(order.shipping.estimatedDelivery, locale),
      },
      dispatchedAt: formatDateTime(order.dispatchedAt, locale, timeZone),
      deliveredAt: formatDateTime(order.deliveredAt, locale, timeZone),
      landedCost: landedCostView(order.landedCost, locale),
      lines: order.lines.map((l) => ({
        position: l.position,
        description: l.description,
        hsCode: formatHsCode(l.hsCode),
        origin: l.originCountry,
        quantity: `${formatNumber(l.quantity, locale)}\u00a0${l.unit.symbol}`,
        unitPrice: money(l.unitPrice),
        lineTotal: money(l.lineTotal),
        licence: l.licenceNumber,
      })),
      parties: order.parties.map((p) => ({ role: p.role, name: p.name, address: [p.addressLine1, [p.postalCode, p.city].filter(Boolean).join(" "), p.country].filter(Boolean).join(", ") })),
      history: order.history.map((e, i) => ({ key: `${e.createdAt}-${i}`, action: e.action, to: e.toStatus, actor: e.actorRole, note: e.note, at: formatDateTime(e.createdAt, locale, timeZone) })),
      payments: order.payments.map((p) => ({ id: p.id, provider: p.provider, method: p.method, status: p.status, amount: money(p.amount), reference: p.reference, lc: p.lcReference ? `${p.lcReference} · ${p.lcIssuingBank ?? ""}` : null, at: formatDateTime(p.createdAt, locale, timeZone) })),
      ledger: {
        entries: order.ledger.entries.map((e) => ({ id: e.id, movement: e.movement, account: e.account, debit: Number(e.debit.amount) === 0 ? "" : money(e.debit), credit: Number(e.credit.amount) === 0 ? "" : money(e.credit), at: formatDateTime(e.createdAt, locale, timeZone) })),
        balances: order.ledger.balances.map((b) => ({ account: b.account, balance: money(b.balance) })),
        debits: money(order.ledger.debits),
        credits: money(order.ledger.credits),
        balanced: order.ledger.balanced,
      },
    },
    payable,
    lcDue,
    methods: methods.map((m) => ({ value: m.code, label: m.name })),
  });
}

type Answer = { errors: UserError[]; done?: string; bankAccount?: PayOrderMutation["payOrder"]["bankAccount"]; reference?: string };

export async function action(args: ActionFunctionArgs) {
  const gql = api(args);
  gql.requireSignedIn();
  const id = args.params.id!;
  const form = await args.request.formData();
  const intent = textOf(form, "intent");
  if (intent === "pay") {
    const { payOrder } = await gql.mutate<PayOrderMutation>(PAY_ORDER, { input: { orderId: id, provider: textOf(form, "provider") || "SANDBOX", method: textOf(form, "method") || null } });
    if (payOrder.userErrors.length) return json<Answer>({ errors: payOrder.userErrors }, 400);
    return json<Answer>({ errors: [], done: "paid", bankAccount: payOrder.bankAccount ?? null, reference: payOrder.payment?.reference });
  }
  if (intent === "lc") {
    const { recordLetterOfCredit } = await gql.mutate<RecordLetterOfCreditMutation>(RECORD_LETTER_OF_CREDIT, { input: { orderId: id, reference: textOf(form, "reference"), issuingBank: textOf(form, "issuingBank") } });
    if (recordLetterOfCredit.userErrors.length) return json<Answer>({ errors: recordLetterOfCredit.userErrors }, 400);
    return json<Answer>({ errors: [], done: "lc" });
  }
  const move = textOf(form, "action") as OrderAction;
  const { moveOrder } = await gql.mutate<MoveOrderMutation>(MOVE_ORDER, { id, action: move, note: textOf(form, "note") || null });
  if (moveOrder.userErrors.length) return json<Answer>({ errors: moveOrder.userErrors }, 400);
  return json<Answer>({ errors: [], done: "moved" });
}

export default function OrderPage() {
  const { t } = useTranslation();
  const { order, placed, payable, lcDue, methods } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>() as Answer | undefined;
  const busy = useNavigation().state === "submitting";
  const errors = sortErrors(answer?.errors, ["method", "provider", "reference", "issuingBank", "note"]);
  return (
    <div className="page" data-testid="order-page">
      <p>
        <Link to={`/orders?side=${order.viewerRole === "SELLER" ? "selling" : "buying"}`}>{t("orders.page.back")}</Link>
      </p>
      <h1>{t("orders.page.heading", { id: order.id })}</h1>
      <p className="status-line">
        <span className={`badge badge-${order.status.toLowerCase()}`} data-testid="order-status">
          {t(`orders.status.${order.status}`)}
        </span>
      </p>
      {placed ? <p className="notice" role="status">{t("orders.page.placed")}</p> : null}
      {answer?.done ? <p className="notice" role="status">{t(`orders.page.done.${answer.done}`)}</p> : null}
      {answer?.bankAccount ? (
        <p className="notice">{t("orders.page.transferTo", { beneficiary: answer.bankAccount.beneficiary, iban: answer.bankAccount.iban ?? "—", bic: answer.bankAccount.bic ?? "—", reference: answer.reference ?? "" })}</p>
      ) : null}
      <p className="muted">{t("orders.sandbox")}</p>
      {order.hold ? (
        <p className="notice" data-testid="compliance-hold">
          {t("orders.page.hold", { reason: order.hold })}
        </p>
      ) : null}
      <ErrorSummary errors={errors} />

      <section className="panel" aria-labelledby="facts-title">
        <h2 id="facts-title">{t("orders.page.facts")}</h2>
        <dl className="facts">
          <dt>{t("orders.fields.seller")}</dt>
          <dd>
            <bdi>{order.seller}</bdi>
          </dd>
          <dt>{t("orders.fields.buyer")}</dt>
          <dd>
            <bdi>{order.buyer}</bdi>
          </dd>
          <dt>{t("orders.fields.incoterm")}</dt>
          <dd>
            <bdi dir="ltr">{order.incoterm}</bdi> <bdi>{order.namedPlace}</bdi>
          </dd>
          <dt>{t("orders.fields.route")}</dt>
          <dd>
            <bdi dir="ltr">{order.route}</bdi>
          </dd>
          <dt>{t("orders.fields.terms")}</dt>
          <dd>
            {t(`orders.terms.${order.terms}`)}
            {order.creditDays ? ` · ${t("orders.checkout.days", { count: order.creditDays })}` : ""}
            {order.method ? ` · ${order.method}` : ""}
          </dd>
          <dt>{t("orders.fields.goodsTotal")}</dt>
          <dd>
            <bdi dir="ltr">{order.goodsTotal}</bdi>
          </dd>
          <dt>{t("orders.fields.freight")}</dt>
          <dd>
            <bdi dir="ltr">{order.freight}</bdi>
          </dd>
          <dt>{t("orders.fields.total")}</dt>
          <dd>
            <strong>
              <bdi dir="ltr">{order.total}</bdi>
            </strong>
          </dd>
          {order.sameCurrency ? null : (
            <>
              <dt>{t("orders.fields.inYourCurrency")}</dt>
              <dd data-testid="fx-locked">
                <bdi dir="ltr">{order.inBuyerCurrency}</bdi> <span className="muted">{t("orders.fx", { pair: order.fx.pair, rate: order.fx.rate, date: order.fx.date, source: order.fx.source })}</span>
              </dd>
            </>
          )}
          {order.shipping ? (
            <>
              <dt>{t("orders.fields.shipping")}</dt>
              <dd>
                {t("orders.page.shippingLine", { carrier: order.shipping.carrier ?? "", mode: t(`orders.mode.${(order.shipping.mode ?? "sea").toUpperCase()}`), min: order.shipping.min, max: order.shipping.max, date: order.shipping.delivery })}
              </dd>
            </>
          ) : null}
          {order.dispatchedAt ? (
            <>
              <dt>{t("orders.fields.dispatchedAt")}</dt>
              <dd>{order.dispatchedAt}</dd>
            </>
          ) : null}
          {order.deliveredAt ? (
            <>
              <dt>{t("orders.fields.deliveredAt")}</dt>
              <dd>{order.deliveredAt}</dd>
            </>
          ) : null}
        </dl>
        <p className="actions">
          <Link to={`/shipments?order=${order.id}`}>{t("orders.page.shipments")}</Link>
          {order.viewerRole === "SELLER" && ["PAID", "PAYMENT_SECURED", "CONFIRMED"].includes(order.status) ? (
            <>
              {" · "}
              <Link to={`/shipments/new?order=${order.id}`} data-testid="ship-order">
                {t("orders.page.ship")}
              </Link>
            </>
          ) : null}
        </p>
      </section>

      {order.actions.length ? (
        <section className="panel" aria-labelledby="actions-title">
          <h2 id="actions-title">{t("orders.page.actions")}</h2>
          <Form method="post" className="stack">
            <TextField name="note" label={t("orders.page.note")} errors={errors.fields.note} />
            <p className="actions">
              {order.actions.map((a) => (
                <button key={a} type="submit" name="action" value={a} className={a === "CANCEL" || a === "DISPUTE" ? "button button-secondary" : "button"} disabled={busy} data-testid={`action-${a.toLowerCase()}`}>
                  {t(`orders.action.${a}`)}
                </button>
              ))}
            </p>
          </Form>
        </section>
      ) : null}

      {payable ? (
        <section className="panel" aria-labelledby="pay-title">
          <h2 id="pay-title">{t("orders.page.pay")}</h2>
          <Form method="post" className="stack">
            <input type="hidden" name="intent" value="pay" />
            <SelectField name="method" label={t("orders.checkout.fields.paymentMethod")} options={methods} errors={errors.fields.method} placeholder={t("orders.checkout.anyMethod")} />
            <p className="actions">
              <button type="submit" name="provider" value="SANDBOX" className="button" disabled={busy} data-testid="pay-sandbox">
                {t("orders.page.paySandbox")}
              </button>
              <button type="submit" name="provider" value="BANK_TRANSFER" className="button button-secondary" disabled={busy}>
                {t("orders.page.payTransfer")}
              </button>
            </p>
          </Form>
        </section>
      ) : null}

      {lcDue ? (
        <section className="panel" aria-labelledby="lc-title">
          <h2 id="lc-title">{t("orders.page.lc")}</h2>
          <Form method="post" className="stack">
            <input type="hidden" name="intent" value="lc" />
            <TextField name="reference" label={t("orders.page.lcReference")} errors={errors.fields.reference} />
            <TextField name="issuingBank" label={t("orders.page.lcBank")} errors={errors.fields.issuingBank} />
            <button type="submit" className="button" disabled={busy}>
              {t("orders.page.lcSubmit")}
            </button>
          </Form>
        </section>
      ) : null}

      <section className="panel" aria-labelledby="lines-title">
        <h2 id="lines-title">{t("orders.page.lines")}</h2>
        <table className="data-table stack-on-phone">
          <thead>
            <tr>
              <th scope="col">{t("orders.fields.description")}</th>
              <th scope="col">{t("orders.fields.hsCode")}</th>
              <th scope="col">{t("orders.fields.quantity")}</th>
              <th scope="col">{t("orders.fields.unitPrice")}</th>
              <th scope="col">{t("orders.fields.lineTotal")}</th>
            </tr>
          </thead>
          <tbody>
            {order.lines.map((l) => (
              <tr key={l.position}>
                <td data-label={t("orders.fields.description")}>
                  <bdi>{l.description}</bdi>
                  {l.licence ? <p className="muted">{t("orders.page.licence", { number: l.licence })}</p> : null}
                </td>
                <td data-label={t("orders.fields.hsCode")}>
                  <bdi dir="ltr">{l.hsCode}</bdi> · <bdi dir="ltr">{l.origin}</bdi>
                </td>
                <td className="numeric" data-label={t("orders.fields.quantity")}>
                  <bdi dir="ltr">{l.quantity}</bdi>
                </td>
                <td className="numeric" data-label={t("orders.fields.unitPrice")}>
                  <bdi dir="ltr">{l.unitPrice}</bdi>
                </td>
                <td className="numeric" data-label={t("orders.fields.lineTotal")}>
                  <bdi dir="ltr">{l.lineTotal}</bdi>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <h3>{t("orders.page.parties")}</h3>
        <dl className="facts">
          {order.parties.map((p) => (
            <div key={p.role}>
              <dt>{t(`orders.party.${p.role}`)}</dt>
              <dd>
                <bdi>{p.name}</bdi>
                <p className="muted">
                  <bdi>{p.address}</bdi>
                </p>
              </dd>
            </div>
          ))}
        </dl>
      </section>

      {order.landedCost ? <LandedCostTable cost={order.landedCost} /> : null}

      <section className="panel" aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t("orders.page.timeline")}</h2>
        <ol className="timeline" data-testid="order-timeline">
          {order.history.map((e) => (
            <li key={e.key}>
              <strong>{t(`orders.history.${e.action}`)}</strong> · {t(`orders.status.${e.to}`)} · {t(`orders.actor.${e.actor}`)} · <time>{e.at}</time>
              {e.note ? (
                <p className="muted">
                  <bdi>{e.note}</bdi>
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      </section>

      <section className="panel" aria-labelledby="payments-title">
        <h2 id="payments-title">{t("orders.page.payments")}</h2>
        {order.payments.length ? (
          <ul>
            {order.payments.map((p) => (
              <li key={p.id} data-testid="payment">
                {t("orders.page.paymentLine", { provider: t(`orders.provider.${p.provider}`), status: t(`orders.paymentStatus.${p.status}`), amount: p.amount, reference: p.reference })}
                {p.method ? ` · ${p.method}` : ""}
                {p.lc ? (
                  <p className="muted">
                    <bdi>{p.lc}</bdi>
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t("orders.page.noPayments")}</p>
        )}
      </section>

      <section className="panel" aria-labelledby="ledger-title">
        <h2 id="ledger-title">{t("orders.page.ledger")}</h2>
        {order.ledger.entries.length ? (
          <table className="data-table stack-on-phone" data-testid="ledger">
            <thead>
              <tr>
                <th scope="col">{t("orders.ledger.movement")}</th>
                <th scope="col">{t("orders.ledger.account")}</th>
                <th scope="col">{t("orders.ledger.debit")}</th>
                <th scope="col">{t("orders.ledger.credit")}</th>
              </tr>
            </thead>
            <tbody>
              {order.ledger.entries.map((e) => (
                <tr key={e.id}>
                  <td data-label={t("orders.ledger.movement")}>{t(`orders.movement.${e.movement}`)}</td>
                  <td data-label={t("orders.ledger.account")}>{t(`orders.account.${e.account}`)}</td>
                  <td className="numeric" data-label={t("orders.ledger.debit")}>
                    <bdi dir="ltr">{e.debit}</bdi>
                  </td>
                  <td className="numeric" data-label={t("orders.ledger.credit")}>
                    <bdi dir="ltr">{e.credit}</bdi>
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2}>
                  {order.ledger.balanced ? t("orders.ledger.balanced") : t("orders.ledger.unbalanced")}
                </th>
                <td className="numeric">
                  <bdi dir="ltr">{order.ledger.debits}</bdi>
                </td>
                <td className="numeric">
                  <bdi dir="ltr">{order.ledger.credits}</bdi>
                </td>
              </tr>
            </tfoot>
          </table>
        ) : (
          <p className="muted">{t("orders.ledger.empty")}</p>
        )}
        <ul className="inline-list">
          {order.ledger.balances.map((b) => (
            <li key={b.account}>
              {t(`orders.account.${b.account}`)}: <bdi dir="ltr">{b.balance}</bdi>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
