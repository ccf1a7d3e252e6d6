import { findIncoterm, findUnit } from "../../db/reference/index.js";
import type {
  CertificationInput,
  CertificationKind as ApiCertificationKind,
  ListingStatus as ApiListingStatus,
  Resolvers,
  UpdateListingInput,
} from "../__generated__/resolvers.js";
import { getCountry, getPort } from "../catalog/service.js";
import { getOrganisation } from "../identity/service.js";
import { moneyOut } from "../shared/money.js";
import { withUserErrors } from "../shared/user-errors.js";
import * as listings from "./service.js";

const upper = <T extends string>(value: string) => value.toUpperCase() as T;

const certificationsIn = (list: readonly CertificationInput[] | null | undefined) =>
  list?.map((c) => ({ kind: c.kind.toLowerCase(), reference: c.reference ?? null }));

function patchIn(input: UpdateListingInput): listings.ListingPatch {
  const { certifications, ...rest } = input;
  return certifications === undefined ? rest : { ...rest, certifications: certificationsIn(certifications) ?? null };
}

export const resolvers: Resolvers = {
  Query: {
    listing: (_, { id }, ctx) => listings.getListing(ctx, id),
    myListings: (_, { status, ...args }, ctx) =>
      listings.myListings(ctx, { ...args, status: status ? (status.toLowerCase() as listings.ListingStatus) : null }),
  },
  Mutation: {
    createListing: (_, { input }, ctx) =>
      withUserErrors(ctx.t, async () => ({
        listing: await listings.createListing(ctx, { ...input, certifications: certificationsIn(input.certifications) }),
      })),
    updateListing: (_, { id, input }, ctx) =>
      withUserErrors(ctx.t, async () => ({ listing: await listings.updateListing(ctx, id, patchIn(input)) })),
    publishListing: (_, { id }, ctx) => withUserErrors(ctx.t, async () => ({ listing: await listings.publishListing(ctx, id) })),
    pauseListing: (_, { id }, ctx) => withUserErrors(ctx.t, async () => ({ listing: await listings.pauseListing(ctx, id) })),
    archiveListing: (_, { id }, ctx) => withUserErrors(ctx.t, async () => ({ listing: await listings.archiveListing(ctx, id) })),
    deleteListingPhoto: (_, { id }, ctx) => withUserErrors(ctx.t, async () => ({ listing: await listings.deleteListingPhoto(ctx, id) })),
    importListingsCsv: (_, { csv }, ctx) => withUserErrors(ctx.t, async () => ({ result: await listings.importListingsCsv(ctx, csv) })),
  },
  Listing: {
    status: (listing) => upper<ApiListingStatus>(listing.status),
    localized: (listing, _, ctx) => listing.translations.find((t) => t.locale === ctx.locale) ?? listing,
    originCountry: (listing, _, ctx) => getCountry(ctx, listing.originCountry)!,
    unit: (listing) => findUnit(listing.unit)!,
    priceTiers: (listing) =>
      listing.priceTiers.map((tier) => ({ minQuantity: tier.minQuantity, unitPrice: moneyOut({ amountMinor: tier.unitPriceMinor, currency: listing.currency }) })),
    priceFrom: (listing) => moneyOut({ amountMinor: listing.priceFromMinor, currency: listing.currency }),
    priceFromUsd: (listing) => (listing.priceFromUsdCents === null ? null : moneyOut({ amountMinor: listing.priceFromUsdCents, currency: "USD" })),
    shipFromPort: (listing, _, ctx) => (listing.shipFromPort ? getPort(ctx, listing.shipFromPort) : null),
    seller: async (listing, _, ctx) => (await getOrganisation(ctx, listing.organisationId))!,
    statusHistory: (listing, _, ctx) => listings.listingStatusHistory(ctx, listing.id),
    viewerCanEdit: (listing, _, ctx) => listings.viewerCanEdit(ctx.viewer, listing),
  },
  OfferedIncoterm: {
    incoterm: (offered) => findIncoterm(offered.code)!,
  },
  Certification: {
    kind: (certification) => upper<ApiCertificationKind>(certification.kind),
  },
  ListingStatusChange: {
    fromStatus: (change) => (change.fromStatus ? upper<ApiListingStatus>(change.fromStatus) : null),
    toStatus: (change) => upper<ApiListingStatus>(change.toStatus),
  },
};
