import type { DialectName, Executor } from "../../db/database.js";
import { newTimeOrderedId } from "../../db/ids.js";
import { indexListings, type IndexEntry } from "../../db/search.js";
import { conflict } from "../errors.js";
import { isSearchable, type ListingStatus } from "./lifecycle.js";
import type { Listing } from "./listing.js";
import { searchDocumentOf, type ListingData, type Translation } from "./listing-rules.js";

export function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(key(row));
    if (list) list.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

/** What a write needs to know of a listing already stored. */
export interface StoredState {
  status: ListingStatus;
  searchKey: number;
  publishedAt: string | null;
  updatedAt: string;
}

export function storedState(listing: Pick<Listing, "status" | "searchKey" | "publishedAt" | "updatedAt">): StoredState {
  return { status: listing.status, searchKey: listing.searchKey, publishedAt: listing.publishedAt, updatedAt: listing.updatedAt };
}

export interface ListingWrite {
  id: string;
  existing: StoredState | null;
  organisationId: string;
  data: ListingData;
  status: ListingStatus;
  priceFromUsdCents: number | null;
  sellerVerified: boolean;
  /** A CSV row has no translations: an update from one keeps those the listing has. */
  keepTranslations: boolean;
}

function listingColumns(write: ListingWrite, now: string) {
  const d = write.data;
  return {
    status: write.status,
    external_ref: d.externalRef,
    title: d.title,
    description: d.description,
    locale: d.locale,
    hs_code: d.hsCode,
    origin_country: d.originCountry,
    unit: d.unit,
    currency: d.currency,
    price_from_minor: d.priceFromMinor,
    price_from_usd_cents: write.priceFromUsdCents,
    moq: d.moq,
    available_quantity: d.availableQuantity,
    moq_base: d.moqBase,
    available_base: d.availableBase,
    lead_time_days: d.leadTimeDays,
    ship_from_port: d.shipFromPort,
    net_weight_kg: d.netWeightKg,
    gross_weight_kg: d.grossWeightKg,
    volume_m3: d.volumeM3,
    packaging: d.packaging,
    seller_verified: write.sellerVerified ? 1 : 0,
    published_at: write.existing?.publishedAt ?? (write.status === "active" ? now : null),
    updated_at: now,
  };
}

/**
 * When a write happens, as the listing records it: now, or a millisecond after its previous write
 * if that was no earlier, so a listing's history rows and updated_at always follow the order of
 * its writes, even two in the same millisecond.
 */
export function nextStamp(previous: string | undefined, now: string): string {
  return previous && previous >= now ? new Date(Date.parse(previous) + 1).toISOString() : now;
}

function stampOf(write: ListingWrite, now: string): string {
  return nextStamp(write.existing?.updatedAt, now);
}

async function insertEvents(trx: Executor, events: { listingId: string; from: ListingStatus | null; to: ListingStatus; at: string }[], actor: string | null): Promise<void> {
  for (const part of chunks(events, 1000)) {
    await trx
      .insertInto("listing_events")
      .values(part.map((e) => ({ id: newTimeOrderedId("evt", new Date(e.at)), listing_id: e.listingId, from_status: e.from, to_status: e.to, actor_user_id: actor, created_at: e.at })))
      .execute();
  }
}

/**
 * Saves new and changed listings with all their parts, their history rows and their place in the
 * full-text index, inside the caller's transaction. Multi-row statements keep a 1,000-row import
 * batch to a few dozen statements, plus the index's own per listing.
 */
export async function writeListings(trx: Executor, dialect: DialectName, writes: readonly ListingWrite[], actor: string | null, now: string): Promise<void> {
  // New and changed listings alike, 500 per statement: a re-run of a big file costs what its first run did.
  // Archived is final even against a concurrent import: such a row is not updated, and the batch fails.
  const stamps = new Map(writes.map((w) => [w.id, stampOf(w, now)]));
  const searchKeys = new Map<string, number>();
  for (const part of chunks(writes, 500)) {
    const rows = part.map((w) => ({ id: w.id, organisation_id: w.organisationId, created_at: now, ...listingColumns(w, stamps.get(w.id)!) }));
    const changing = Object.keys(rows[0]!).filter((c) => c !== "id" && c !== "organisation_id" && c !== "created_at");
    const saved = await trx
      .insertInto("listings")
      .values(rows)
      .onConflict((oc) =>
        oc
          .column("id")
          .doUpdateSet((eb) => Object.fromEntries(changing.map((c) => [c, eb.ref(`excluded.${c}` as never)])))
          .where("listings.status", "!=", "archived"),
      )
      .returning(["id", "search_key"])
      .execute();
    if (saved.length !== part.length) throw conflict("LISTING_CHANGED_MEANWHILE");
    for (const row of saved) searchKeys.set(row.id, Number(row.search_key));
  }

  const replaced = writes.filter((w) => w.existing).map((w) => w.id);
  const translationsReplaced = writes.filter((w) => w.existing && !w.keepTranslations).map((w) => w.id);
  for (const part of chunks(replaced, 500)) {
    await trx.deleteFrom("listing_price_tiers").where("listing_id", "in", part).execute();
    await trx.deleteFrom("listing_incoterms").where("listing_id", "in", part).execute();
    await trx.deleteFrom("listing_certifications").where("listing_id", "in", part).execute();
  }
  for (const part of chunks(translationsReplaced, 500)) await trx.deleteFrom("listing_translations").where("listing_id", "in", part).execute();

  const tiers = writes.flatMap((w) => w.data.priceTiers.map((t) => ({ listing_id: w.id, min_quantity: t.minQuantity, unit_price_minor: t.unitPriceMinor })));
  for (const part of chunks(tiers, 5000)) await trx.insertInto("listing_price_tiers").values(part).execute();
  const terms = writes.flatMap((w) => w.data.incoterms.map((t) => ({ listing_id: w.id, incoterm: t.code, named_place: t.namedPlace })));
  for (const part of chunks(terms, 5000)) await trx.insertInto("listing_incoterms").values(part).execute();
  const certs = writes.flatMap((w) => w.data.certifications.map((c) => ({ listing_id: w.id, kind: c.kind, reference: c.reference })));
  for (const part of chunks(certs, 5000)) await trx.insertInto("listing_certifications").values(part).execute();
  const translations = writes
    .filter((w) => !(w.existing && w.keepTranslations))
    .flatMap((w) => w.data.translations.map((t) => ({ listing_id: w.id, locale: t.locale, title: t.title, description: t.description })));
  for (const part of chunks(translations, 2500)) await trx.insertInto("listing_translations").values(part).execute();

  await insertEvents(
    trx,
    writes.filter((w) => w.existing?.status !== w.status).map((w) => ({ listingId: w.id, from: w.existing?.status ?? null, to: w.status, at: stamps.get(w.id)! })),
    actor,
  );

  // Kept translations still belong in the search text of a listing whose other text just changed.
  const kept = writes.filter((w) => w.existing && w.keepTranslations && isSearchable(w.status)).map((w) => w.id);
  const keptTranslations = new Map<string, Translation[]>();
  for (const part of chunks(kept, 500)) {
    const rows = await trx.selectFrom("listing_translations").selectAll().where("listing_id", "in", part).execute();
    for (const [id, list] of groupBy(rows, (r) => r.listing_id)) keptTranslations.set(id, list);
  }
  await indexListings(
    trx,
    dialect,
    writes.flatMap((write): IndexEntry[] => {
      const searchKey = searchKeys.get(write.id)!;
      if (isSearchable(write.status)) {
        const translationsNow = write.existing && write.keepTranslations ? (keptTranslations.get(write.id) ?? []) : write.data.translations;
        return [{ searchKey, doc: searchDocumentOf({ ...write.data, translations: translationsNow }) }];
      }
      return write.existing && isSearchable(write.existing.status) ? [{ searchKey, doc: null }] : [];
    }),
  );
}
