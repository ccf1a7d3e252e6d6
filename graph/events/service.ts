import { z } from "zod";
import { newId, nowIso } from "../../db/ids.js";
import type { SaleEventsTable } from "../../db/types.js";
import { withTransaction, type ServiceContext } from "../context.js";
import { conflict, forbidden, notFound, problem, UserInputProblems, type FieldProblem } from "../errors.js";
import { actorUserId, requireOrganisation, requirePlatformAdmin } from "../identity/guards.js";
import { getOrganisation } from "../identity/service.js";
import { getListing } from "../listings/service.js";
import { formatMinor, parseMinor } from "../shared/money.js";
import { decodeCursor, pageSize, toPage, type Page, type PageArgs } from "../shared/pagination.js";
import { requiredText, validate } from "../shared/validation.js";
import { allServedCountries, computeWindow, formatWindowFor, isWithin, type EventSpec, type LocalizedWindow } from "./window.js";

export type SaleEventKind = "utc_window" | "local_day";
export type SaleEventTiming = "upcoming" | "current" | "past";

export interface SaleEvent {
  id: string;
  name: string;
  kind: SaleEventKind;
  localDate: string | null;
  days: number | null;
  countries: string[] | null;
  opensIn: string[];
  closesIn: string[];
  /** Inclusive, ISO UTC. */
  startsAt: string;
  /** Exclusive, ISO UTC. */
  endsAt: string;
  createdByUserId: string | null;
  createdAt: string;
}

/** A listing's price in one event. */
export interface EventPrice {
  eventId: string;
  eventName: string;
  listingId: string;
  unitPriceMinor: number;
  /** Always the listing's currency at the time the price was set. */
  currency: string;
  startsAt: string;
  endsAt: string;
}

const list = (text: string | null) => (text ? text.split(",") : null);

function toSaleEvent(row: SaleEventsTable): SaleEvent {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as SaleEventKind,
    localDate: row.local_date,
    days: row.days,
    countries: list(row.countries),
    opensIn: list(row.opens_in) ?? [],
    closesIn: list(row.closes_in) ?? [],
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    createdByUserId: row.created_by_user_id,
    createdAt: row.created_at,
  };
}

/** An ISO 8601 instant with its offset: without one, the server's own zone would decide what it means. */
const instant = z
  .string({ required_error: "REQUIRED" })
  .trim()
  .refine((value) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(value) && !Number.isNaN(Date.parse(value)), "DATE_TIME_INVALID");

const createSchema = z.discriminatedUnion("kind", [
  z.object({
    name: requiredText(120),
    kind: z.literal("utc_window"),
    utcWindow: z.object({ startsAt: instant, endsAt: instant }, { required_error: "REQUIRED", invalid_type_error: "REQUIRED" }),
    localDay: z.null({ invalid_type_error: "EVENT_INPUT_KIND_MISMATCH" }).optional(),
  }),
  z.object({
    name: requiredText(120),
    kind: z.literal("local_day"),
    localDay: z.object(
      {
        date: z.string({ required_error: "REQUIRED" }).trim(),
        days: z.number().nullish(),
        countries: z.array(z.string().trim().toUpperCase()).nullish(),
      },
      { required_error: "REQUIRED", invalid_type_error: "REQUIRED" },
    ),
    utcWindow: z.null({ invalid_type_error: "EVENT_INPUT_KIND_MISMATCH" }).optional(),
  }),
]);

/** Loosely typed on purpose: kind and sub-input are checked together by the schema above. */
export interface CreateSaleEventInput {
  name: string;
  kind: string;
  utcWindow?: { startsAt: string; endsAt: string } | null;
  localDay?: { date: string; days?: number | null; countries?: readonly string[] | null } | null;
}

function specOf(input: z.output<typeof createSchema>): { spec: EventSpec; prefix: string } {
  if (input.kind === "utc_window") {
    return { spec: { kind: "utc_window", startsAt: new Date(input.utcWindow.startsAt), endsAt: new Date(input.utcWindow.endsAt) }, prefix: "utcWindow" };
  }
  const chosen = input.localDay.countries?.length ? [...new Set(input.localDay.countries)] : allServedCountries();
  return { spec: { kind: "local_day", date: input.localDay.date, days: input.localDay.days ?? 1, countries: chosen }, prefix: "localDay" };
}

/** Platform admins only. The stored instants are the computed UTC window, so every reader agrees on it. */
export async function createSaleEvent(ctx: ServiceContext, input: CreateSaleEventInput): Promise<SaleEvent> {
  requirePlatformAdmin(ctx.viewer);
  const data = validate(createSchema, input);
  const { spec, prefix } = specOf(data);
  const computed = computeWindow(spec);
  if (!computed.ok) {
    throw new UserInputProblems(computed.problems.map((p): FieldProblem => ({ field: `${prefix}.${p.field}`, code: p.code, params: p.params })));
  }
  const { window } = computed;
  if (window.endsAt.getTime() <= ctx.now().getTime()) throw problem(`${prefix}.${spec.kind === "utc_window" ? "endsAt" : "date"}`, "SALE_EVENT_IN_PAST");

  const row: SaleEventsTable = {
    id: newId("evt"),
    name: data.name,
    kind: spec.kind,
    local_date: spec.kind === "local_day" ? spec.date : null,
    days: spec.kind === "local_day" ? spec.days : null,
    countries: spec.kind === "local_day" ? [...spec.countries].sort().join(",") : null,
    opens_in: window.opensIn.length ? window.opensIn.join(",") : null,
    closes_in: window.closesIn.length ? window.closesIn.join(",") : null,
    starts_at: window.startsAt.toISOString(),
    ends_at: window.endsAt.toISOString(),
    created_by_user_id: actorUserId(ctx.viewer),
    created_at: nowIso(ctx.now()),
  };
  await ctx.db.insertInto("sale_events").values(row).execute();
  return toSaleEvent(row);
}

export async function getSaleEvent(ctx: ServiceContext, id: string): Promise<SaleEvent | null> {
  const row = await ctx.db.selectFrom("sale_events").selectAll().where("id", "=", id).executeTakeFirst();
  return row ? toSaleEvent(row) : null;
}

export function timingOf(event: Pick<SaleEvent, "startsAt" | "endsAt">, at: Date): SaleEventTiming {
  const window = { startsAt: new Date(event.startsAt), endsAt: new Date(event.endsAt) };
  if (isWithin(window, at)) return "current";
  return at < window.startsAt ? "upcoming" : "past";
}

/** Anyone may list events: they are the platform's public announcements. */
export async function listSaleEvents(ctx: ServiceContext, args: PageArgs & { timing?: SaleEventTiming | null }): Promise<Page<SaleEvent>> {
  const size = pageSize(args.first);
  const now = nowIso(ctx.now());
  // Past events read newest first by their end; the others soonest first by their start.
  const past = args.timing === "past";
  const key = past ? "ends_at" : "starts_at";
  const direction = past ? "desc" : "asc";

  let filtered = ctx.db.selectFrom("sale_events");
  if (args.timing === "upcoming") filtered = filtered.where("starts_at", ">", now);
  if (args.timing === "current") filtered = filtered.where("starts_at", "<=", now).where("ends_at", ">", now);
  if (past) filtered = filtered.where("ends_at", "<=", now);

  let query = filtered.selectAll();
  if (args.after) {
    const [at, id] = decodeCursor(args.after, ["string", "string"]);
    const beyond = past ? "<" : ">";
    query = query.where((eb) => eb.or([eb(key, beyond, at), eb.and([eb(key, "=", at), eb("id", beyond, id)])]));
  }
  const [rows, count] = await Promise.all([
    query.orderBy(key, direction).orderBy("id", direction).limit(size + 1).execute(),
    filtered.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return toPage(rows.map(toSaleEvent), size, Number(count.n), (event) => [past ? event.endsAt : event.startsAt, event.id]);
}

// ---------------------------------------------------------------------------- showing the window

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const viewerZones = new WeakMap<object, Promise<string>>();

/** The zone of the viewer's organisation, looked up once per request; UTC for anyone else. */
function viewerTimeZone(ctx: ServiceContext): Promise<string> {
  let zone = viewerZones.get(ctx);
  if (!zone) {
    const viewer = ctx.viewer;
    const organisationId = viewer.kind === "user" || viewer.kind === "token" ? viewer.organisationId : null;
    zone = organisationId ? getOrganisation(ctx, organisationId).then((org) => org?.timeZone ?? "UTC") : Promise.resolve("UTC");
    viewerZones.set(ctx, zone);
  }
  return zone;
}

/** The event window on the viewer's clock, in the viewer's language. */
export async function windowFor(ctx: ServiceContext, event: Pick<SaleEvent, "startsAt" | "endsAt">, timeZone?: string | null): Promise<LocalizedWindow> {
  const zone = timeZone?.trim() || (await viewerTimeZone(ctx));
  if (!isTimeZone(zone)) throw problem("timeZone", "TIME_ZONE_UNKNOWN");
  return formatWindowFor({ startsAt: new Date(event.startsAt), endsAt: new Date(event.endsAt) }, zone, ctx.locale);
}

// ---------------------------------------------------------------------------- event prices

const setPriceSchema = z.object({
  eventId: requiredText(40),
  listingId: requiredText(40),
  unitPrice: z.object({ amount: z.string({ required_error: "REQUIRED" }).trim(), currency: z.string({ required_error: "REQUIRED" }).trim().toUpperCase() }),
});

export type SetEventPriceInput = z.input<typeof setPriceSchema>;

async function openEventOrThrow(ctx: ServiceContext, eventId: string): Promise<SaleEvent> {
  const event = await getSaleEvent(ctx, eventId);
  if (!event) throw notFound("SALE_EVENT_NOT_FOUND");
  if (ctx.now().getTime() >= Date.parse(event.endsAt)) throw conflict("SALE_EVENT_ENDED", { name: event.name });
  return event;
}

/**
 * The listing's own organisation sets a price below its regular lowest tier, in its currency, for
 * an event that has not ended. Setting it again replaces it.
 */
export async function setEventPrice(ctx: ServiceContext, input: SetEventPriceInput): Promise<EventPrice> {
  const actor = requireOrganisation(ctx.viewer);
  const data = validate(setPriceSchema, input);
  return withTransaction(ctx, async (tx) => {
    const event = await openEventOrThrow(tx, data.eventId);
    const listing = await getListing(tx, data.listingId);
    if (!listing) throw notFound("LISTING_NOT_FOUND");
    if (listing.organisationId !== actor.organisationId) throw forbidden("LISTING_NOT_YOURS");
    if (listing.status === "archived") throw conflict("EVENT_PRICE_LISTING_ARCHIVED");

    if (data.unitPrice.currency !== listing.currency) {
      throw problem("unitPrice.currency", "EVENT_PRICE_CURRENCY", { currency: listing.currency });
    }
    const parsed = parseMinor(data.unitPrice.amount, listing.currency);
    if (!parsed.ok) throw problem("unitPrice.amount", parsed.error);
    if (parsed.value <= 0) throw problem("unitPrice.amount", "NOT_POSITIVE");
    if (parsed.value >= listing.priceFromMinor) {
      const regular = `${formatMinor(listing.priceFromMinor, listing.currency)} ${listing.currency}`;
      throw problem("unitPrice.amount", "EVENT_PRICE_NOT_BELOW_REGULAR", { regular });
    }

    const values = {
      event_id: event.id,
      listing_id: listing.id,
      organisation_id: listing.organisationId,
      unit_price_minor: parsed.value,
      currency: listing.currency,
      set_by_user_id: actorUserId(ctx.viewer),
      updated_at: nowIso(ctx.now()),
    };
    await tx.db
      .insertInto("sale_event_prices")
      .values(values)
      .onConflict((oc) =>
        oc.columns(["event_id", "listing_id"]).doUpdateSet({
          unit_price_minor: values.unit_price_minor,
          currency: values.currency,
          set_by_user_id: values.set_by_user_id,
          updated_at: values.updated_at,
        }),
      )
      .execute();
    return {
      eventId: event.id,
      eventName: event.name,
      listingId: listing.id,
      unitPriceMinor: parsed.value,
      currency: listing.currency,
      startsAt: event.startsAt,
      endsAt: event.endsAt,
    };
  });
}

/** The listing's own organisation takes its price out of an event that has not ended. */
export async function removeEventPrice(ctx: ServiceContext, eventId: string, listingId: string): Promise<boolean> {
  const actor = requireOrganisation(ctx.viewer);
  return withTransaction(ctx, async (tx) => {
    await openEventOrThrow(tx, eventId);
    const price = await tx.db
      .selectFrom("sale_event_prices")
      .select("organisation_id")
      .where("event_id", "=", eventId)
      .where("listing_id", "=", listingId)
      .executeTakeFirst();
    if (!price) return false;
    if (price.organisation_id !== actor.organisationId) throw forbidden("LISTING_NOT_YOURS");
    await tx.db.deleteFrom("sale_event_prices").where("event_id", "=", eventId).where("listing_id", "=", listingId).execute();
    return true;
  });
}

/** Far below both SQLite's and PostgreSQL's limits on bound parameters. */
const ID_CHUNK = 500;

/**
 * The event price in force at `at` for each listing that has one: start inclusive, end exclusive.
 * When events overlap, the lowest price wins (the buyer's best), then the one ending first.
 * For listing display, search and matching; event prices are public, so any viewer may ask.
 */
export async function eventPricesAt(ctx: ServiceContext, listingIds: readonly string[], at: Date): Promise<Map<string, EventPrice>> {
  const found = new Map<string, EventPrice>();
  const ids = [...new Set(listingIds)];
  const when = at.toISOString();
  for (let i = 0; i < ids.length; i += ID_CHUNK) {
    const rows = await ctx.db
      .selectFrom("sale_event_prices as p")
      .innerJoin("sale_events as e", "e.id", "p.event_id")
      .select(["p.listing_id", "p.event_id", "e.name", "p.unit_price_minor", "p.currency", "e.starts_at", "e.ends_at"])
      .where("p.listing_id", "in", ids.slice(i, i + ID_CHUNK))
      .where("e.starts_at", "<=", when)
      .where("e.ends_at", ">", when)
      .orderBy("p.listing_id")
      .orderBy("p.unit_price_minor")
      .orderBy("e.ends_at")
      .orderBy("e.id")
      .execute();
    for (const row of rows) {
      if (found.has(row.listing_id)) continue;
      found.set(row.listing_id, {
        eventId: row.event_id,
        eventName: row.name,
        listingId: row.listing_id,
        unitPriceMinor: Number(row.unit_price_minor),
        currency: row.currency,
        startsAt: row.starts_at,
        endsAt: row.ends_at,
      });
    }
  }
  return found;
}

const batches = new WeakMap<object, { ids: Set<string>; prices: Promise<Map<string, EventPrice>> }>();

/**
 * The event price in force now for one listing. Calls made in the same tick of one request (a
 * page of listings resolving `eventPrice`) share one query.
 */
export function eventPriceNow(ctx: ServiceContext, listingId: string): Promise<EventPrice | null> {
  let batch = batches.get(ctx);
  if (!batch) {
    const ids = new Set<string>();
    const prices = Promise.resolve().then(() => {
      batches.delete(ctx);
      return eventPricesAt(ctx, [...ids], ctx.now());
    });
    batch = { ids, prices };
    batches.set(ctx, batch);
  }
  batch.ids.add(listingId);
  return batch.prices.then((prices) => prices.get(listingId) ?? null);
}
