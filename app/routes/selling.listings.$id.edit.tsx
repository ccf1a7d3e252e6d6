import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { DeleteListingPhotoMutation, EditableListingQuery, ListingStatus, PriceableSaleEventsQuery, SetEventPriceMutation, UpdateListingMutation } from "../__generated__/operations";
import { StateBadge } from "../components/badges";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { ErrorSummary, FormErrors, TextField } from "../components/fields";
import { ListingForm } from "../components/listing-form";
import { PhotoUpload } from "../components/photo-upload";
import { SectionNav } from "../components/section-nav";
import { api, type ProblemBody } from "../graphql.server";
import { answerListingForm, listingFormOptions, type ListingFormAnswer } from "../listing-form.server";
import { translatorFor } from "../locale.server";
import { forwardPhoto, isMultipart, PHOTO_LIMIT_BYTES, readMultipart } from "../media.server";
import {
  DELETE_LISTING_PHOTO,
  isLifecycleIntent,
  LIFECYCLE,
  EDITABLE_LISTING,
  UPDATE_LISTING,
  type LifecycleAnswer,
} from "../operations/listings";
import { PRICEABLE_SALE_EVENTS, SET_EVENT_PRICE } from "../operations/marketplace";
import { normalizeDecimal, sortErrors, textOf, type UserError } from "../utils/forms";
import { formatDateTime, formatMoney } from "../utils/format";
import { listingFieldPaths, listingValuesFromListing } from "../utils/listing-form";
import { pageMeta } from "../utils/meta";
import { sellerPreferences } from "../viewer.server";

export const meta: MetaFunction = (args) => pageMeta(args, "listingForm.editTitle");

export async function loader(args: LoaderFunctionArgs) {
  const gql = api(args);
  const prefs = await sellerPreferences(gql);
  const [{ listing }, options, events] = await Promise.all([
    gql.query<EditableListingQuery>(EDITABLE_LISTING, { id: args.params.id }),
    listingFormOptions(gql),
    gql.query<PriceableSaleEventsQuery>(PRICEABLE_SALE_EVENTS),
  ]);
  const t = translatorFor(gql.locale);
  if (!listing) throw json<ProblemBody>({ code: "LISTING_NOT_FOUND", message: t("errors:LISTING_NOT_FOUND") }, { status: 404 });
  if (listing.seller.id !== prefs.organisation?.id) throw json<ProblemBody>({ code: "LISTING_NOT_YOURS", message: t("errors:LISTING_NOT_YOURS") }, { status: 403 });
  return json({
    listing: {
      id: listing.id,
      title: listing.title,
      status: listing.status,
      currency: listing.currency,
      viewerCanEdit: listing.viewerCanEdit,
      photos: listing.photos,
      eventPrice: listing.eventPrice ? { name: listing.eventPrice.event.name, price: formatMoney(listing.eventPrice.unitPrice, gql.locale) } : null,
      history: listing.statusHistory.map((change) => ({ ...change, when: formatDateTime(change.at, gql.locale, prefs.timeZone) })),
    },
    values: listingValuesFromListing(listing),
    options,
    events: [...events.current.edges, ...events.upcoming.edges].map(({ node }) => ({ id: node.id, name: node.name, window: node.window.text, isLive: node.isLive })),
  });
}

type Answer =
  | ListingFormAnswer
  | { intent: "save"; saved: true; version: string }
  | { intent: "lifecycle"; status: ListingStatus }
  | { intent: "lifecycle"; errors: UserError[] }
  | { intent: "photo"; errors: UserError[] }
  | { intent: "photo"; done: "added" | "deleted" }
  | { intent: "eventPrice"; eventId: string; errors: UserError[]; amount: string }
  | { intent: "eventPrice"; eventId: string; set: string };

export async function action(args: ActionFunctionArgs) {
  const gql = api(args);
  const id = args.params.id!;
  const t = translatorFor(gql.locale);

  if (isMultipart(args.request)) {
    const form = await readMultipart(args.request, PHOTO_LIMIT_BYTES);
    const file = form?.get("photo");
    if (!form) return json<Answer>({ intent: "photo", errors: [{ field: "photo", code: "PHOTO_TOO_LARGE", message: t("errors:PHOTO_TOO_LARGE", { limit: PHOTO_LIMIT_BYTES / 1024 / 1024 }) }] }, 413);
    if (!(file instanceof Blob) || file.size === 0) return json<Answer>({ intent: "photo", errors: [{ field: "photo", code: "PHOTO_EMPTY", message: t("errors:PHOTO_EMPTY") }] }, 400);
    const errors = await forwardPhoto(args.request, id, file);
    return errors.length ? json<Answer>({ intent: "photo", errors }, 400) : json<Answer>({ intent: "photo", done: "added" });
  }

  const form = await args.request.formData();
  const intent = textOf(form, "intent");
  if (isLifecycleIntent(intent)) {
    const step = LIFECYCLE[intent];
    const result = await gql.mutate<LifecycleAnswer>(step.document, { id });
    const payload = result[step.field]!;
    if (payload.userErrors.length || !payload.listing) return json<Answer>({ intent: "lifecycle", errors: payload.userErrors }, 400);
    return json<Answer>({ intent: "lifecycle", status: payload.listing.status });
  }
  if (intent === "deletePhoto") {
    const { deleteListingPhoto } = await gql.mutate<DeleteListingPhotoMutation>(DELETE_LISTING_PHOTO, { id: textOf(form, "photoId") });
    if (deleteListingPhoto.userErrors.length) return json<Answer>({ intent: "photo", errors: deleteListingPhoto.userErrors }, 400);
    return json<Answer>({ intent: "photo", done: "deleted" });
  }
  if (intent === "eventPrice") {
    const eventId = textOf(form, "eventId");
    const amount = textOf(form, "amount");
    const input = { eventId, listingId: id, unitPrice: { amount: normalizeDecimal(amount), currency: textOf(form, "currency") } };
    const { setEventPrice } = await gql.mutate<SetEventPriceMutation>(SET_EVENT_PRICE, { input });
    if (setEventPrice.userErrors.length || !setEventPrice.eventPrice) return json<Answer>({ intent: "eventPrice", eventId, errors: setEventPrice.userErrors, amount }, 400);
    return json<Answer>({ intent: "eventPrice", eventId, set: formatMoney(setEventPrice.eventPrice.unitPrice, gql.locale) });
  }
  const answer = await answerListingForm(
    gql,
    form,
    "update",
    async (input) => (await gql.mutate<UpdateListingMutation>(UPDATE_LISTING, { id, input })).updateListing,
    () => json<Answer>({ intent: "save", saved: true, version: crypto.randomUUID() }),
  );
  return answer ?? json(null, 400);
}

export default function EditListing() {
  const { t } = useTranslation();
  const data = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>() as Answer | null | undefined;
  const navigation = useNavigation();
  const [searchParams] = useSearchParams();
  const busy = navigation.state === "submitting";
  const { listing } = data;
  const formAnswer = answer?.intent === "save" && "values" in answer ? answer : null;
  const values = formAnswer?.values ?? data.values;
  const lifecycleErrors = answer?.intent === "lifecycle" && "errors" in answer ? answer.errors.map((e) => e.message) : [];
  const photoErrors = answer?.intent === "photo" && "errors" in answer ? answer.errors.map((e) => e.message).join(" ") : null;
  const offered = (Object.keys(LIFECYCLE) as (keyof typeof LIFECYCLE)[]).filter((step) => (LIFECYCLE[step].from as readonly string[]).includes(listing.status));

  return (
    <div className="page">
      <SectionNav section="selling" />
      <p className="breadcrumbs">
        <Link to="/selling/listings">{t("selling.listings.title")}</Link>
      </p>
      <h1>
        <bdi>{listing.title}</bdi>
      </h1>
      <p className="status-line">
        <StateBadge group="listingStatus" status={listing.status} />
        {listing.status === "ACTIVE" ? <Link to={`/listings/${listing.id}`}>{t("listingForm.viewPublic")}</Link> : null}
      </p>
      {searchParams.get("created") && !answer ? (
        <p role="status" className="notice notice-success">
          {t("listingForm.created")}
        </p>
      ) : null}
      {answer?.intent === "save" && "saved" in answer ? (
        <p role="status" className="notice notice-success">
          {t("listingForm.saved")}
        </p>
      ) : null}
      {answer?.intent === "lifecycle" && "status" in answer ? (
        <p role="status" className="notice notice-success">
          {t(`listingForm.moved.${answer.status}`)}
        </p>
      ) : null}

      <section className="panel" aria-labelledby="lifecycle-title">
        <h2 id="lifecycle-title">{t("listingForm.lifecycle")}</h2>
        <FormErrors messages={lifecycleErrors} />
        <p>{t(`listingForm.statusExplain.${listing.status}`)}</p>
        {offered.length ? (
          <div className="actions">
            {offered.map((step) => (
              <Form method="post" key={step}>
                <button type="submit" name="intent" value={step} className={step === "archive" ? "button button-danger" : step === "publish" ? "button" : "button button-secondary"} disabled={busy}>
                  {t(`listingForm.actions.${step}`)}
                </button>
              </Form>
            ))}
          </div>
        ) : null}
        {listing.history.length ? (
          <details>
            <summary>{t("listingForm.history")}</summary>
            <ol className="history">
              {listing.history.map((change) => (
                <li key={change.at + change.toStatus}>
                  <span className="history-when">{change.when}</span> {change.fromStatus ? `${t(`listingStatus.${change.fromStatus}`)} → ` : ""}
                  {t(`listingStatus.${change.toStatus}`)}
                </li>
              ))}
            </ol>
          </details>
        ) : null}
      </section>

      {listing.viewerCanEdit ? (
        <>
          <section className="panel" aria-labelledby="photos-title">
            <h2 id="photos-title">{t("photos.title")}</h2>
            {answer?.intent === "photo" && "done" in answer ? (
              <p role="status" className="notice notice-success">
                {t(`photos.${answer.done}`)}
              </p>
            ) : null}
            {listing.photos.length ? (
              <ul className="photo-grid">
                {listing.photos.map((photo, index) => (
                  <li key={photo.id}>
                    <img src={photo.url} alt={t("photos.alt", { title: listing.title, n: index + 1 })} loading="lazy" />
                    <Form method="post">
                      <input type="hidden" name="photoId" value={photo.id} />
                      <button type="submit" name="intent" value="deletePhoto" className="button-small button-danger" disabled={busy}>
                        {t("photos.delete", { n: index + 1 })}
                      </button>
                    </Form>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t("photos.none")}</p>
            )}
            <PhotoUpload listingId={listing.id} serverError={photoErrors} />
          </section>

          <section aria-labelledby="details-title">
            <h2 id="details-title">{t("listingForm.details")}</h2>
            <ListingForm
              values={values}
              errors={sortErrors(formAnswer?.errors, listingFieldPaths(values))}
              options={data.options}
              submitLabel={t("listingForm.save")}
              busy={busy}
              version={formAnswer?.version ?? (answer && "version" in answer ? answer.version : "initial")}
            />
          </section>

          {data.events.length ? (
            <section className="panel" aria-labelledby="event-prices-title">
              <h2 id="event-prices-title">{t("eventPrices.title")}</h2>
              <p>{t("eventPrices.lead", { currency: listing.currency })}</p>
              {listing.eventPrice ? <p className="notice">{t("eventPrices.live", { event: listing.eventPrice.name, price: listing.eventPrice.price })}</p> : null}
              {data.events.map((event) => {
                const mine = answer?.intent === "eventPrice" && answer.eventId === event.id ? answer : null;
                const errors = sortErrors(mine && "errors" in mine ? mine.errors : [], ["unitPrice.amount"]);
                return (
                  <Form method="post" className="inline-form" key={event.id} noValidate>
                    <input type="hidden" name="intent" value="eventPrice" />
                    <input type="hidden" name="eventId" value={event.id} />
                    <input type="hidden" name="currency" value={listing.currency} />
                    <ErrorSummary errors={errors} />
                    <TextField
                      id={`event-price-${event.id}`}
                      name="amount"
                      label={t("eventPrices.price", { event: event.name, currency: listing.currency })}
                      hint={event.window}
                      inputMode="decimal"
                      defaultValue={mine && "amount" in mine ? mine.amount : ""}
                      errors={errors.fields["unitPrice.amount"]}
                    />
                    <button type="submit" className="button-small" disabled={busy}>
                      {t("eventPrices.set")}
                    </button>
                    {mine && "set" in mine ? (
                      <p role="status" className="notice notice-success">
                        {t("eventPrices.saved", { event: event.name, price: mine.set })}
                      </p>
                    ) : null}
                  </Form>
                );
              })}
            </section>
          ) : null}
        </>
      ) : (
        <p className="notice">{t("listingForm.readOnly")}</p>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
