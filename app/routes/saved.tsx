import { json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { SavedListingsQuery } from "../__generated__/operations";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { ListingCard } from "../components/listing-card";
import { Pagination } from "../components/pagination";
import { api } from "../graphql.server";
import { SAVED_LISTINGS } from "../operations/listings";
import { listingCardData } from "../utils/listing-card";
import { pageMeta } from "../utils/meta";
import { viewerPreferences } from "../viewer.server";

export const meta: MetaFunction = (args) => pageMeta(args, "saved.title");

/** The buyer company's shortlist: listings its members saved to compare or order later. */
export async function loader(args: LoaderFunctionArgs) {
  const gql = api(args);
  gql.requireSignedIn();
  const prefs = await viewerPreferences(gql);
  const after = new URL(args.request.url).searchParams.get("after");
  const { savedListings } = await gql.query<SavedListingsQuery>(SAVED_LISTINGS, { first: 20, after, viewerCurrency: prefs.currency, convert: true });
  return json({
    listings: savedListings.edges.map(({ node }) => listingCardData(node, gql.locale)),
    nextCursor: savedListings.pageInfo.hasNextPage ? savedListings.pageInfo.endCursor : null,
  });
}

export default function SavedListings() {
  const { t } = useTranslation();
  const { listings, nextCursor } = useLoaderData<typeof loader>();
  return (
    <div className="page">
      <h1>{t("saved.title")}</h1>
      <p className="lead">{t("saved.lead")}</p>
      {listings.length ? (
        <ul className="cards listing-cards" data-testid="saved-listings">
          {listings.map((listing) => (
            <ListingCard key={listing.id} listing={listing} />
          ))}
        </ul>
      ) : (
        <p className="muted">{t("saved.none")}</p>
      )}
      <Pagination nextCursor={nextCursor} label={t("saved.title")} />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
