import { useTranslation } from "react-i18next";
import type { LandedCostFieldsFragment } from "../__generated__/operations";
import { formatDay, formatMoney } from "../utils/format";

/** A landed cost with every figure formatted for the viewer, ready for the page (built in loaders). */
export interface LandedCostView {
  currency: string;
  on: string;
  customsValue: string;
  valuationBasis: string;
  rows: { key: string; label: string; amount: string; rate: string | null; paidBy: "BUYER" | "SELLER"; inPrice: boolean; relieved: boolean; source: string; asOf: string }[];
  total: string;
  complete: boolean;
  indicative: boolean;
  deMinimis: { dutyUpTo: string | null; taxUpTo: string | null; basis: string } | null;
  notes: string[];
}

export function landedCostView(cost: LandedCostFieldsFragment | null, locale: string): LandedCostView | null {
  if (!cost) return null;
  return {
    currency: cost.currency,
    on: formatDay(cost.on, locale) ?? cost.on,
    customsValue: formatMoney(cost.customsValue, locale),
    valuationBasis: cost.valuationBasis,
    rows: cost.items.map((item, i) => ({
      key: `${item.kind}-${i}`,
      label: item.label,
      amount: formatMoney(item.amount, locale),
      rate: item.rate,
      paidBy: item.paidBy,
      inPrice: item.includedInPrice,
      relieved: item.relieved,
      source: item.source,
      asOf: formatDay(item.asOf, locale) ?? item.asOf,
    })),
    total: formatMoney(cost.total, locale),
    complete: cost.complete,
    indicative: cost.items.some((i) => i.indicative),
    deMinimis: cost.deMinimis
      ? { dutyUpTo: cost.deMinimis.dutyUpTo && formatMoney(cost.deMinimis.dutyUpTo, locale), taxUpTo: cost.deMinimis.taxUpTo && formatMoney(cost.deMinimis.taxUpTo, locale), basis: cost.deMinimis.basis }
      : null,
    notes: cost.notes.map((n) => n.message),
  };
}

/** Goods, freight, insurance, duty with its rate and source, taxes, de minimis and the total, each with its as-of date. */
export function LandedCostTable({ cost }: { cost: LandedCostView }) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="landed-cost-title" data-testid="landed-cost">
      <h2 id="landed-cost-title">{t("orders.landed.title", { currency: cost.currency })}</h2>
      <table className="data-table stack-on-phone">
        <thead>
          <tr>
            <th scope="col">{t("compliance.landedCost.cost")}</th>
            <th scope="col">{t("compliance.landedCost.amount")}</th>
            <th scope="col">{t("compliance.landedCost.paidBy")}</th>
            <th scope="col">{t("compliance.landedCost.sourceOf")}</th>
          </tr>
        </thead>
        <tbody>
          {cost.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td className="numeric" data-label={t("compliance.landedCost.amount")}>
                <bdi dir="ltr">{row.amount}</bdi>
                {row.relieved ? <p className="muted">{t("compliance.landedCost.relieved")}</p> : null}
              </td>
              <td data-label={t("compliance.landedCost.paidBy")}>{row.paidBy === "BUYER" && !row.inPrice ? t("compliance.landedCost.buyer") : t("compliance.landedCost.seller")}</td>
              <td data-label={t("compliance.landedCost.sourceOf")}>
                <bdi>{row.source}</bdi>
                <p className="muted">{t("orders.landed.asOf", { date: row.asOf })}</p>
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t("compliance.landedCost.total")}</th>
            <td className="numeric" colSpan={3}>
              {cost.complete ? null : `${t("compliance.landedCost.floor")} `}
              <strong>
                <bdi dir="ltr">{cost.total}</bdi>
              </strong>
            </td>
          </tr>
        </tfoot>
      </table>
      <p className="muted">{t("compliance.landedCost.customsValue", { basis: cost.valuationBasis })}: <bdi dir="ltr">{cost.customsValue}</bdi></p>
      {cost.deMinimis ? (
        <p className="muted">
          {cost.deMinimis.dutyUpTo || cost.deMinimis.taxUpTo
            ? t("orders.landed.deMinimis", { duty: cost.deMinimis.dutyUpTo ?? "—", tax: cost.deMinimis.taxUpTo ?? "—", basis: cost.deMinimis.basis })
            : t("orders.landed.noDeMinimis", { basis: cost.deMinimis.basis })}
        </p>
      ) : null}
      {cost.notes.map((note) => (
        <p key={note} className="muted">
          {note}
        </p>
      ))}
      {cost.indicative ? <p className="muted">{t("compliance.landedCost.indicative", { date: cost.on })}</p> : null}
    </section>
  );
}
