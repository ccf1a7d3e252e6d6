import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { ListingQuery, ListingSavedQuery, SaveListingMutation, UnsaveListingMutation } from "../__generated__/operations";
import { CompanyName, StateBadge } from "../components/badges";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { Photo, PhotoPlaceholder, type PhotoView } from "../components/photo";
import { api, type ProblemBody } from "../graphql.server";
import { translatorFor } from "../locale.server";
import { LISTING } from "../operations/listings";
import { LISTING_SAVED, SAVE_LISTING, UNSAVE_LISTING } from "../operations/messages";
import { FormErrors } from "../components/fields";
import { textOf, type UserError } from "../utils/forms";
import { formatDateTime, formatDay, formatMoney, formatNumber, formatQuantity, formatRate } from "../utils/format";
import { formatHsCode } from "../utils/hs";
import { languageAlternates, pageMeta } from "../utils/meta";
import { inOtherCurrency } from "../utils/money";
import { viewerPreferences } from "../viewer.server";

export const meta: MetaFunction<typeof loader> = (args) => [...pageMeta(args, "listing.title", args.data?.listing.title), ...languageAlternates(args)];

export async function loader(args: LoaderFunctionArgs) {
  const gql = api(args);
  const prefs = await viewerPreferences(gql);
  const { listing } = await gql.query<ListingQuery>(LISTING, { id: args.params.id, viewerCurrency: prefs.currency, convert: true });
  if (!listing) {
    throw json<ProblemBody>({ code: "LISTING_NOT_FOUND", message: translatorFor(gql.locale)("errors:LISTING_NOT_FOUND") }, { status: 404 });
  }
  const { locale } = gql;
  const unit = listing.unit;
  const saved = prefs.buys && !listing.viewerCanEdit ? (await gql.query<ListingSavedQuery>(LISTING_SAVED, { listingId: listing.id })).listingSaved : false;
  const priceInViewer = inOtherCurrency(listing);
  return json({
    listing: {
      id: listing.id,
      status: listing.status,
      title: listing.localized.title,
      description: listing.localized.description,
      original: listing.localized.title !== listing.title ? { title: listing.title, locale: listing.locale } : null,
      hsCode: formatHsCode(listing.hsCode),
      origin: listing.originCountry.name,
      unit: `${unit.name} (${unit.symbol})`,
      priceFrom: formatMoney(listing.priceFrom, locale),
      priceInViewer: priceInViewer ? { price: formatMoney(priceInViewer.to, locale), rate: formatRate(priceInViewer.rate, locale), date: formatDay(priceInViewer.rateDate, locale) ?? priceInViewer.rateDate } : null,
      tiers: listing.priceTiers.map((tier, index) => ({
        from: formatQuantity(tier.minQuantity, unit, locale),
        to: listing.priceTiers[index + 1] ? formatQuantity(listing.priceTiers[index + 1]!.minQuantity, unit, locale) : null,
        price: formatMoney(tier.unitPrice, locale),
      })),
      moq: formatQuantity(listing.moq, unit, locale),
      available: formatQuantity(listing.availableQuantity, unit, locale),
      leadTimeDays: listing.leadTimeDays,
      incoterms: listing.incoterms.map((i) => ({ code: i.code, name: i.incoterm.name, namedPlace: i.namedPlace })),
      shipFrom: listing.shipFromPort ? `${listing.shipFromPort.name} (${listing.shipFromPort.locode})` : null,
      netWeight: listing.netWeightKg === null ? null : `${formatNumber(listing.netWeightKg, locale)} kg`,
      grossWeight: listing.grossWeightKg === null ? null : `${formatNumber(listing.grossWeightKg, locale)} kg`,
      volume: listing.volumeM3 === null ? null : `${formatNumber(listing.volumeM3, locale)} m³`,
      packaging: listing.packaging,
      certifications: listing.certifications,
      photos: listing.photos.map(({ url, srcset, width, height }) => ({ url, srcset, width, height })),
      seller: listing.seller,
      viewerCanEdit: listing.viewerCanEdit,
      eventPrice: listing.eventPrice
        ? { price: formatMoney(listing.eventPrice.unitPrice, locale), name: listing.eventPrice.event.name, window: listing.eventPrice.event.window.text }
        : null,
      published: formatDateTime(listing.publishedAt, locale, prefs.timeZone),
      unitSymbol: unit.symbol,
    },
    buys: prefs.buys,
    saved,
    signedIn: args.context.caravan.viewer.kind === "user",
  });
}

/** Saves the listing to the company's shortlist, or takes it off: a plain form, so it works without JavaScript. */
export async function action(args: ActionFunctionArgs) {
  const gql = api(args);
  gql.requireSignedIn();
  const form = await args.request.formData();
  const save = textOf(form, "intent") === "save";
  const result = await gql.mutate<Partial<SaveListingMutation & UnsaveListingMutation>>(save ? SAVE_LISTING : UNSAVE_LISTING, { listingId: args.params.id });
  const payload = result[save ? "saveListing" : "unsaveListing"]!;
  if (payload.userErrors.length) return json({ errors: payload.userErrors }, 400);
  return json({ errors: [] as UserError[], saved: payload.saved });
}

export default function ListingPage() {
  const { t } = useTranslation();
  const { listing, buys, saved, signedIn } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  return (
    <article className="page listing-detail" aria-labelledby="listing-title">
      <p className="breadcrumbs">
        <Link to="/catalogue">{t("catalogue.title")}</Link>
      </p>
      <h1 id="listing-title">
        <bdi>{listing.title}</bdi>
      </h1>
      <p className="status-line">
        <CompanyName name={listing.seller.legalName} verified={listing.seller.verified} />
        {listing.status !== "ACTIVE" ? <StateBadge group="listingStatus" status={listing.status} /> : null}
        {listing.viewerCanEdit ? <Link to={`/selling/listings/${listing.id}/edit`}>{t("listing.edit")}</Link> : null}
      </p>
      {listing.original ? (
        <p className="muted">
          {t("listing.originalTitle")} <bdi lang={listing.original.locale}>{listing.original.title}</bdi>
        </p>
      ) : null}

      {listing.eventPrice ? (
        <section className="event-banner" aria-labelledby="event-price-title" data-testid="event-price">
          <h2 id="event-price-title">{t("listing.eventPrice.title", { event: listing.eventPrice.name })}</h2>
          <p className="event-price">{t("listing.eventPrice.price", { price: listing.eventPrice.price, unit: listing.unitSymbol })}</p>
          <p>{t("listing.eventPrice.window", { window: listing.eventPrice.window })}</p>
        </section>
      ) : null}

      <div className="detail-layout">
        <div>
          <Gallery title={listing.title} photos={listing.photos} />
          <section aria-labelledby="description-title">
            <h2 id="description-title">{t("listing.description")}</h2>
            <p className="prose">{listing.description}</p>
          </section>
          <section aria-labelledby="tiers-title">
            <h2 id="tiers-title">{t("listing.tiers")}</h2>
            <table className="table stack-on-phone">
              <thead>
                <tr>
                  <th scope="col">{t("listing.tierQuantity")}</th>
                  <th scope="col">{t("listing.tierPrice", { unit: listing.unitSymbol })}</th>
                </tr>
              </thead>
              <tbody>
                {listing.tiers.map((tier) => (
                  <tr key={tier.from}>
                    <td data-label={t("listing.tierQuantity")}>{tier.to ? t("listing.tierRange", { from: tier.from, to: tier.to }) : t("listing.tierFrom", { from: tier.from })}</td>
                    <td className="num" data-label={t("listing.tierPrice", { unit: listing.unitSymbol })}>
                      {tier.price}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {listing.priceInViewer ? (
              <p className="muted">
                {t("listing.converted", { price: listing.priceInViewer.price, rate: listing.priceInViewer.rate, date: listing.priceInViewer.date })}
              </p>
            ) : null}
          </section>
          <section aria-labelledby="incoterms-title">
            <h2 id="incoterms-title">{t("listing.incoterms")}</h2>
            <ul className="plain-list">
              {listing.incoterms.map((i) => (
                <li key={i.code}>
                  <strong dir="ltr">{i.code}</strong> <bdi>{i.namedPlace}</bdi> <span className="muted">· {i.name}</span>
                </li>
              ))}
            </ul>
          </section>
        </div>
        <aside className="panel" aria-labelledby="facts-title">
          <h2 id="facts-title">{t("listing.facts")}</h2>
          <dl className="facts facts-stacked">
            <div>
              <dt>{t("listing.priceFrom")}</dt>
              <dd>{t("catalogue.priceFrom", { price: listing.priceFrom, unit: listing.unitSymbol })}</dd>
            </div>
            <div>
              <dt>{t("listing.moq")}</dt>
              <dd>{listing.moq}</dd>
            </div>
            <div>
              <dt>{t("listing.available")}</dt>
              <dd>{listing.available}</dd>
            </div>
            <div>
              <dt>{t("listing.leadTime")}</dt>
              <dd>{t("listing.days", { count: listing.leadTimeDays })}</dd>
            </div>
            <div>
              <dt>{t("listing.hsCode")}</dt>
              <dd>
                <code dir="ltr">{listing.hsCode}</code>
              </dd>
            </div>
            <div>
              <dt>{t("listing.origin")}</dt>
              <dd>{listing.origin}</dd>
            </div>
            <div>
              <dt>{t("listing.unit")}</dt>
              <dd>{listing.unit}</dd>
            </div>
            {listing.shipFrom ? (
              <div>
                <dt>{t("listing.shipFrom")}</dt>
                <dd>
                  <bdi>{listing.shipFrom}</bdi>
                </dd>
              </div>
            ) : null}
            {listing.netWeight ? (
              <div>
                <dt>{t("listing.netWeight")}</dt>
                <dd>{listing.netWeight}</dd>
              </div>
            ) : null}
            {listing.grossWeight ? (
              <div>
                <dt>{t("listing.grossWeight")}</dt>
                <dd>{listing.grossWeight}</dd>
              </div>
            ) : null}
            {listing.volume ? (
              <div>
                <dt>{t("listing.volume")}</dt>
                <dd>{listing.volume}</dd>
              </div>
            ) : null}
            {listing.packaging ? (
              <div>
                <dt>{t("listing.packaging")}</dt>
                <dd>
                  <bdi>{listing.packaging}</bdi>
                </dd>
              </div>
            ) : null}
          </dl>
          <h3>{t("listing.certifications")}</h3>
          {listing.certifications.length ? (
            <ul className="plain-list">
              {listing.certifications.map((c) => (
                <li key={c.kind}>
                  <span className="badge badge-verified">{t(`certifications.${c.kind}`)}</span> {c.reference ? <code dir="ltr">{c.reference}</code> : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t("listing.noCertifications")}</p>
          )}
          <h3>{t("listing.seller")}</h3>
          <p>
            <CompanyName name={listing.seller.legalName} verified={listing.seller.verified} />
          </p>
          {listing.published ? <p className="muted">{t("listing.published", { when: listing.published })}</p> : null}
          {buys && listing.status === "ACTIVE" ? (
            <p>
              <Link to={`/orders/new?listing=${listing.id}`} className="button" data-testid="order-at-tier-price">
                {t("orders.orderAtTierPrice")}
              </Link>
            </p>
          ) : null}
          {buys && listing.status === "ACTIVE" ? (
            <p>
              <Link to={`/sourcing/requests/new?listing=${listing.id}`} className="button button-small" data-testid="request-quote">
                {t("listing.requestQuote")}
              </Link>
            </p>
          ) : null}
          {buys && listing.status === "ACTIVE" && !listing.viewerCanEdit ? (
            <>
              <p>
                <Link to={`/messages/new?listing=${listing.id}`} className="button button-small button-secondary" data-testid="contact-seller">
                  {t("listing.contactSeller")}
                </Link>
              </p>
              <Form method="post" className="stack" data-testid="save-listing">
                <FormErrors messages={answer?.errors.map((e) => e.message) ?? []} />
                {saved ? (
                  <p className="muted" role="status">
                    {t("listing.savedNote")} <Link to="/saved">{t("saved.title")}</Link>
                  </p>
                ) : null}
                <p>
                  <button type="submit" name="intent" value={saved ? "unsave" : "save"} className="button button-small button-secondary" disabled={busy}>
                    {t(saved ? "listing.unsave" : "listing.save")}
                  </button>
                </p>
              </Form>
            </>
          ) : null}
          {!signedIn && listing.status === "ACTIVE" ? (
            <p data-testid="sign-in-to-buy">
              <Link to={`/sign-in?redirectTo=${encodeURIComponent(`/listings/${listing.id}`)}`} className="button">
                {t("listing.signInToBuy")}
              </Link>{" "}
              <Link to="/sign-up">{t("listing.signUpToBuy")}</Link>
            </p>
          ) : null}
        </aside>
      </div>
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}

/**
 * The chosen photo large, the others as thumbnails that choose it: links (?photo=2), so the gallery
 * works without JavaScript and a shared link opens on the same photo.
 */
function Gallery({ title, photos }: { title: string; photos: PhotoView[] }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  if (!photos.length) return <PhotoPlaceholder className="gallery-main" />;
  const wanted = Number(params.get("photo"));
  const shown = Number.isInteger(wanted) && wanted >= 1 && wanted <= photos.length ? wanted : 1;
  return (
    <section className="gallery" aria-label={t("photos.title")}>
      <Photo photo={photos[shown - 1]!} alt={t("photos.alt", { title, n: shown })} className="gallery-main" sizes="(max-width: 56rem) calc(100vw - 2rem), 46rem" eager />
      {photos.length > 1 ? (
        <ul className="gallery-thumbs">
          {photos.map((photo, index) => (
            <li key={photo.url}>
              <Link to={`?photo=${index + 1}`} replace preventScrollReset aria-current={index + 1 === shown ? "true" : undefined}>
                <Photo photo={photo} alt={t("photos.show", { n: index + 1 })} sizes="5rem" />
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
