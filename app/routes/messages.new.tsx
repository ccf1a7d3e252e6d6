import { json, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { ContactSellerMutation, ListingQuery } from "../__generated__/operations";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { MessageForm, type MessageFormAnswer } from "../components/message-form";
import { api, type ProblemBody } from "../graphql.server";
import { translatorFor } from "../locale.server";
import { LISTING } from "../operations/listings";
import { CONTACT_SELLER } from "../operations/messages";
import { textOf } from "../utils/forms";
import { pageMeta } from "../utils/meta";
import { viewerPreferences } from "../viewer.server";

export const meta: MetaFunction = (args) => pageMeta(args, "messages.newTitle");

/** A buyer writes to the seller of a listing: /messages/new?listing=<id>. */
export async function loader(args: LoaderFunctionArgs) {
  const gql = api(args);
  gql.requireSignedIn();
  const prefs = await viewerPreferences(gql);
  const listingId = new URL(args.request.url).searchParams.get("listing") ?? "";
  const { listing } = listingId ? await gql.query<ListingQuery>(LISTING, { id: listingId, viewerCurrency: prefs.currency, convert: false }) : { listing: null };
  if (!listing) throw json<ProblemBody>({ code: "LISTING_NOT_FOUND", message: translatorFor(gql.locale)("errors:LISTING_NOT_FOUND") }, { status: 404 });
  return json({ listing: { id: listing.id, title: listing.localized.title, seller: listing.seller.legalName } });
}

export async function action(args: ActionFunctionArgs) {
  const gql = api(args);
  const form = await args.request.formData();
  const body = textOf(form, "body");
  const listingId = new URL(args.request.url).searchParams.get("listing") ?? "";
  const { contactSeller } = await gql.mutate<ContactSellerMutation>(CONTACT_SELLER, { input: { listingId, body } });
  if (contactSeller.userErrors.length || !contactSeller.conversation) return json<MessageFormAnswer>({ errors: contactSeller.userErrors, body }, 400);
  return gql.redirect(`/messages/${contactSeller.conversation.id}?sent=1`);
}

export default function NewMessage() {
  const { t } = useTranslation();
  const { listing } = useLoaderData<typeof loader>();
  return (
    <div className="page">
      <h1>{t("messages.newTitle")}</h1>
      <p className="lead">
        {t("messages.newLead", { seller: listing.seller })} <Link to={`/listings/${listing.id}`}>{listing.title}</Link>
      </p>
      <MessageForm label={t("messages.body")} rows={6} />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
