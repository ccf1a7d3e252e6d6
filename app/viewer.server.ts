import { json } from "@remix-run/node";
import type { ViewerPreferencesQuery } from "./__generated__/operations";
import type { Api, ProblemBody } from "./graphql.server";
import { translatorFor } from "./locale.server";
import { VIEWER_PREFERENCES } from "./operations/identity";

export interface ViewerPreferences {
  locale: string;
  /** The IANA zone times are shown in: the company's, or UTC for visitors. */
  timeZone: string;
  /** The currency prices are compared in: the company's, or US dollars for visitors. */
  currency: string;
  organisation: Pick<NonNullable<ViewerPreferencesQuery["viewer"]["organisation"]>, "id" | "kind" | "legalName" | "country" | "verified"> | null;
  isPlatformAdmin: boolean;
  sells: boolean;
  buys: boolean;
}

/** How the viewer wants numbers, money and times shown, and what its company does. */
export async function viewerPreferences(gql: Api): Promise<ViewerPreferences> {
  const { viewer } = await gql.query<ViewerPreferencesQuery>(VIEWER_PREFERENCES);
  const org = viewer.organisation;
  return {
    locale: gql.locale,
    timeZone: org?.timeZone ?? "UTC",
    currency: org?.preferredCurrency ?? "USD",
    organisation: org ? { id: org.id, kind: org.kind, legalName: org.legalName, country: org.country, verified: org.verified } : null,
    isPlatformAdmin: viewer.isPlatformAdmin,
    sells: org?.kind === "EXPORTER" || org?.kind === "BOTH",
    buys: org?.kind === "BUYER" || org?.kind === "BOTH",
  };
}

/** A 403 page that says why, in the viewer's language (EXPORTER_REQUIRED, BUYER_REQUIRED...). */
export function refuse(gql: Api, code: string): never {
  throw json<ProblemBody>({ code, message: translatorFor(gql.locale)(`errors:${code}`) }, { status: 403 });
}

/** Selling pages are for exporting companies; anyone else is told so instead of shown an empty page. */
export async function sellerPreferences(gql: Api): Promise<ViewerPreferences> {
  gql.requireSignedIn();
  const prefs = await viewerPreferences(gql);
  if (!prefs.sells) refuse(gql, "EXPORTER_REQUIRED");
  return prefs;
}

/** Sourcing pages are for buying companies. */
export async function buyerPreferences(gql: Api): Promise<ViewerPreferences> {
  gql.requireSignedIn();
  const prefs = await viewerPreferences(gql);
  if (!prefs.buys) refuse(gql, "BUYER_REQUIRED");
  return prefs;
}
