import { expect, it } from "vitest";
import type { Database } from "../../db/database.js";
import { DomainError, UserInputProblems } from "../../graph/errors.js";
import {
  createSaleEvent,
  eventPriceNow,
  eventPricesAt,
  getSaleEvent,
  listSaleEvents,
  removeEventPrice,
  setEventPrice,
  windowFor,
  type CreateSaleEventInput,
} from "../../graph/events/service.js";
import { describeEachDatabase } from "../support/db.js";
import { ctxAs, ownerOf, signUpInput } from "../support/identity.js";
import { adminOf, at } from "../support/companies.js";
import { errorOf } from "../support/errors.js";
import { marketplace, NOW } from "./support.js";

const DOUBLE_11: CreateSaleEventInput = {
  name: "Double 11",
  kind: "local_day",
  localDay: { date: "2026-11-11", countries: ["AU", "CN", "US", "PL"] },
};
const OPENS = "2026-11-10T13:00:00.000Z";
const CLOSES = "2026-11-12T10:00:00.000Z";

const shift = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

function problemsOf(error: unknown): { field: string | null; code: string }[] {
  if (!(error instanceof UserInputProblems)) throw new Error(`expected user input problems, got ${String(error)}`);
  return error.problems.map(({ field, code }) => ({ field, code }));
}

async function countOf(database: Database, table: "sale_events" | "sale_event_prices"): Promise<number> {
  const row = await database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  return Number(row.n);
}

describeEachDatabase("creating a sale event", (db) => {
  it("the admin creates Double 11 for AU, CN, US and PL: the stored window opens at midnight in Sydney and closes at 24:00 in Hawaii", async () => {
    const admin = await adminOf(db(), NOW);
    const event = await createSaleEvent(admin, DOUBLE_11);
    expect(event).toMatchObject({
      name: "Double 11",
      kind: "local_day",
      localDate: "2026-11-11",
      days: 1,
      countries: ["AU", "CN", "PL", "US"],
      startsAt: OPENS,
      endsAt: CLOSES,
      closesIn: ["America/Adak", "Pacific/Honolulu"],
    });
    expect(event.opensIn).toContain("Australia/Sydney");
    expect(await getSaleEvent(ctxAs(db()), event.id)).toEqual(event);
  });

  it("without countries a local day serves every country, Kiritimati to Pago Pago", async () => {
    const admin = await adminOf(db(), NOW);
    const event = await createSaleEvent(admin, { name: "World day", kind: "local_day", localDay: { date: "2026-11-11" } });
    expect([event.startsAt, event.endsAt, event.opensIn, event.closesIn]).toEqual([
      "2026-11-10T10:00:00.000Z",
      "2026-11-12T11:00:00.000Z",
      ["Pacific/Kiritimati"],
      ["Pacific/Niue", "Pacific/Pago_Pago"],
    ]);
    expect(event.countries).toContain("KI");
  });

  it("a plain UTC window is stored as given", async () => {
    const admin = await adminOf(db(), NOW);
    const event = await createSaleEvent(admin, { name: "Flash sale", kind: "utc_window", utcWindow: { startsAt: "2026-11-20T08:00:00Z", endsAt: "2026-11-20T21:00:00+01:00" } });
    expect([event.kind, event.startsAt, event.endsAt, event.countries, event.opensIn]).toEqual(["utc_window", "2026-11-20T08:00:00.000Z", "2026-11-20T20:00:00.000Z", null, []]);
  });

  it("a company member gets FORBIDDEN and an anonymous caller UNAUTHENTICATED; nothing is written", async () => {
    const member = await ownerOf(db());
    const refused = await errorOf(createSaleEvent(at(member.ctx, "2026-11-01T00:00:00Z"), DOUBLE_11));
    expect(refused).toBeInstanceOf(DomainError);
    expect([(refused as DomainError).code, (refused as DomainError).messageKey]).toEqual(["FORBIDDEN", "ADMIN_REQUIRED"]);
    expect(((await errorOf(createSaleEvent(ctxAs(db()), DOUBLE_11))) as DomainError).code).toBe("UNAUTHENTICATED");
    expect(await countOf(db(), "sale_events")).toBe(0);
  });

  it("bad windows are refused field by field, and nothing is written", async () => {
    const admin = await adminOf(db(), NOW);
    const cases: [CreateSaleEventInput, { field: string | null; code: string }[]][] = [
      [{ name: "Backwards", kind: "utc_window", utcWindow: { startsAt: "2026-11-20T08:00:00Z", endsAt: "2026-11-20T07:59:59Z" } }, [{ field: "utcWindow.endsAt", code: "EVENT_ENDS_BEFORE_START" }]],
      [{ name: "Too long", kind: "utc_window", utcWindow: { startsAt: "2026-11-20T00:00:00Z", endsAt: "2026-12-21T00:00:01Z" } }, [{ field: "utcWindow.endsAt", code: "EVENT_TOO_LONG" }]],
      [{ name: "Over", kind: "utc_window", utcWindow: { startsAt: "2026-10-01T00:00:00Z", endsAt: "2026-10-31T00:00:00Z" } }, [{ field: "utcWindow.endsAt", code: "SALE_EVENT_IN_PAST" }]],
      [{ name: "Not a time", kind: "utc_window", utcWindow: { startsAt: "tomorrow", endsAt: "2026-11-21T00:00:00Z" } }, [{ field: "utcWindow.startsAt", code: "DATE_TIME_INVALID" }]],
      [{ name: "No zone", kind: "utc_window", utcWindow: { startsAt: "2026-11-20T08:00:00", endsAt: "2026-11-21T00:00:00Z" } }, [{ field: "utcWindow.startsAt", code: "DATE_TIME_INVALID" }]],
      [{ name: "No window", kind: "utc_window" }, [{ field: "utcWindow", code: "REQUIRED" }]],
      [{ name: "Both", kind: "local_day", localDay: { date: "2026-11-11" }, utcWindow: { startsAt: "2026-11-20T08:00:00Z", endsAt: "2026-11-20T20:00:00Z" } }, [{ field: "utcWindow", code: "EVENT_INPUT_KIND_MISMATCH" }]],
      [{ name: "Four days", kind: "local_day", localDay: { date: "2026-11-11", days: 4, countries: ["PL", "ZZ"] } }, [{ field: "localDay.days", code: "EVENT_DAYS_OUT_OF_RANGE" }, { field: "localDay.countries.1", code: "COUNTRY_UNKNOWN" }]],
      [{ name: "No such day", kind: "local_day", localDay: { date: "2026-02-30", countries: ["PL"] } }, [{ field: "localDay.date", code: "DATE_INVALID" }]],
      [{ name: " ", kind: "local_day", localDay: { date: "2026-11-11" } }, [{ field: "name", code: "REQUIRED" }]],
    ];
    for (const [input, expected] of cases) expect([input.name, problemsOf(await errorOf(createSaleEvent(admin, input)))]).toEqual([input.name, expected]);
    expect(await countOf(db(), "sale_events")).toBe(0);
  });
});

describeEachDatabase("listing and showing sale events", (db) => {
  it("an event is upcoming until it opens, live from its first millisecond, past from its end", async () => {
    const admin = await adminOf(db(), NOW);
    const event = await createSaleEvent(admin, DOUBLE_11);
    const flash = await createSaleEvent(admin, { name: "Flash sale", kind: "utc_window", utcWindow: { startsAt: "2026-11-20T08:00:00Z", endsAt: "2026-11-20T20:00:00Z" } });
    const names = async (iso: string, timing: "upcoming" | "current" | "past") =>
      (await listSaleEvents(at(ctxAs(db()), iso), { timing })).edges.map((e) => e.node.name);

    expect(await names(shift(OPENS, -1), "upcoming")).toEqual(["Double 11", "Flash sale"]);
    expect(await names(shift(OPENS, -1), "current")).toEqual([]);
    expect(await names(OPENS, "current")).toEqual(["Double 11"]);
    expect(await names(OPENS, "upcoming")).toEqual(["Flash sale"]);
    expect(await names(shift(CLOSES, -1), "current")).toEqual(["Double 11"]);
    expect(await names(CLOSES, "current")).toEqual([]);
    expect(await names(CLOSES, "past")).toEqual(["Double 11"]);
    expect(await names("2026-12-01T00:00:00Z", "past")).toEqual(["Flash sale", "Double 11"]);

    const first = await listSaleEvents(ctxAs(db()), { first: 1 });
    expect([first.totalCount, first.edges.map((e) => e.node.id), first.pageInfo.hasNextPage]).toEqual([2, [event.id], true]);
    const second = await listSaleEvents(ctxAs(db()), { first: 1, after: first.pageInfo.endCursor });
    expect([second.edges.map((e) => e.node.id), second.pageInfo.hasNextPage]).toEqual([[flash.id], false]);
  });

  it("shows the window on the viewer's clock: the company's zone by default, UTC for anonymous viewers, or a zone asked for", async () => {
    const admin = await adminOf(db(), NOW);
    const event = await createSaleEvent(admin, DOUBLE_11);
    const buyer = await ownerOf(db(), signUpInput({ email: "marta@gdansk.example", organisation: { kind: "buyer", legalName: "Gdańsk Foods", country: "PL", timeZone: "Europe/Warsaw" } }));

    expect((await windowFor(buyer.ctx, event)).text).toBe("Nov 10, 2026, 14:00 GMT+1 – Nov 12, 2026, 10:59 GMT+1");
    expect((await windowFor({ ...buyer.ctx, locale: "ar" }, event)).text).toBe("10 نوفمبر 2026، 14:00 غرينتش+1 – 12 نوفمبر 2026، 10:59 غرينتش+1");
    expect((await windowFor(ctxAs(db()), event)).text).toBe("Nov 10, 2026, 13:00 GMT+0 – Nov 12, 2026, 09:59 GMT+0");
    expect((await windowFor(ctxAs(db()), event, "Asia/Riyadh")).text).toBe("Nov 10, 2026, 16:00 GMT+3 – Nov 12, 2026, 12:59 GMT+3");
    expect((await windowFor(ctxAs(db()), event, "Asia/Kolkata")).opens).toBe("Nov 10, 2026, 18:30 GMT+5:30");
    expect(problemsOf(await errorOf(windowFor(ctxAs(db()), event, "Mars/Olympus_Mons")))).toEqual([{ field: "timeZone", code: "TIME_ZONE_UNKNOWN" }]);
  });
});

describeEachDatabase("event prices", (db) => {
  it("the exporter sets an event price below its regular price; it applies exactly inside the window", async () => {
    const { admin, kelapa } = await marketplace(db());
    const event = await createSaleEvent(admin, DOUBLE_11);
    const price = await setEventPrice(kelapa.ctx, { eventId: event.id, listingId: kelapa.listingId, unitPrice: { amount: "699.00", currency: "USD" } });
    expect(price).toEqual({ eventId: event.id, eventName: "Double 11", listingId: kelapa.listingId, unitPriceMinor: 69900, currency: "USD", startsAt: OPENS, endsAt: CLOSES });

    const anyone = ctxAs(db());
    const priceAt = async (iso: string) => (await eventPricesAt(anyone, [kelapa.listingId], new Date(iso))).get(kelapa.listingId)?.unitPriceMinor ?? null;
    expect(await priceAt(shift(OPENS, -1))).toBeNull();
    expect(await priceAt(OPENS)).toBe(69900);
    expect(await priceAt("2026-11-11T12:00:00.000Z")).toBe(69900);
    expect(await priceAt(shift(CLOSES, -1))).toBe(69900);
    expect(await priceAt(CLOSES)).toBeNull();

    expect(await eventPriceNow(at(anyone, OPENS), kelapa.listingId)).toMatchObject({ eventName: "Double 11", unitPriceMinor: 69900 });
    expect(await eventPriceNow(at(anyone, CLOSES), kelapa.listingId)).toBeNull();
  });

  it("setting it again replaces it, and removing it brings back the regular price", async () => {
    const { admin, kelapa } = await marketplace(db());
    const event = await createSaleEvent(admin, DOUBLE_11);
    await setEventPrice(kelapa.ctx, { eventId: event.id, listingId: kelapa.listingId, unitPrice: { amount: "699.00", currency: "USD" } });
    await setEventPrice(kelapa.ctx, { eventId: event.id, listingId: kelapa.listingId, unitPrice: { amount: "649.50", currency: "usd" } });
    expect(await countOf(db(), "sale_event_prices")).toBe(1);
    expect((await eventPricesAt(ctxAs(db()), [kelapa.listingId], new Date(OPENS))).get(kelapa.listingId)?.unitPriceMinor).toBe(64950);

    expect(await removeEventPrice(kelapa.ctx, event.id, kelapa.listingId)).toBe(true);
    expect(await removeEventPrice(kelapa.ctx, event.id, kelapa.listingId)).toBe(false);
    expect((await eventPricesAt(ctxAs(db()), [kelapa.listingId], new Date(OPENS))).size).toBe(0);
  });

  it("when events overlap, the lower price applies; each listing gets its own", async () => {
    const { admin, kelapa, other } = await marketplace(db());
    const double11 = await createSaleEvent(admin, DOUBLE_11);
    const flash = await createSaleEvent(admin, { name: "Flash", kind: "utc_window", utcWindow: { startsAt: "2026-11-11T00:00:00Z", endsAt: "2026-11-11T06:00:00Z" } });
    await setEventPrice(kelapa.ctx, { eventId: double11.id, listingId: kelapa.listingId, unitPrice: { amount: "699.00", currency: "USD" } });
    await setEventPrice(kelapa.ctx, { eventId: flash.id, listingId: kelapa.listingId, unitPrice: { amount: "650.00", currency: "USD" } });
    await setEventPrice(other.ctx, { eventId: double11.id, listingId: other.listingId, unitPrice: { amount: "700.00", currency: "USD" } });

    const summary = async (iso: string) =>
      Object.fromEntries([...(await eventPricesAt(ctxAs(db()), [kelapa.listingId, other.listingId, "lst_nothing"], new Date(iso)))].map(([id, p]) => [id, `${p.eventName} ${p.unitPriceMinor}`]));
    expect(await summary("2026-11-10T23:59:59.999Z")).toEqual({ [kelapa.listingId]: "Double 11 69900", [other.listingId]: "Double 11 70000" });
    expect(await summary("2026-11-11T00:00:00.000Z")).toEqual({ [kelapa.listingId]: "Flash 65000", [other.listingId]: "Double 11 70000" });
    expect(await summary("2026-11-11T06:00:00.000Z")).toEqual({ [kelapa.listingId]: "Double 11 69900", [other.listingId]: "Double 11 70000" });
  });

  it("a price at or above the regular lowest tier, zero, or in another currency is refused; nothing is written", async () => {
    const { admin, kelapa } = await marketplace(db());
    const event = await createSaleEvent(admin, DOUBLE_11);
    const cases: [{ amount: string; currency: string }, { field: string | null; code: string }][] = [
      [{ amount: "800.00", currency: "USD" }, { field: "unitPrice.amount", code: "EVENT_PRICE_NOT_BELOW_REGULAR" }],
      [{ amount: "825.00", currency: "USD" }, { field: "unitPrice.amount", code: "EVENT_PRICE_NOT_BELOW_REGULAR" }],
      [{ amount: "0", currency: "USD" }, { field: "unitPrice.amount", code: "NOT_POSITIVE" }],
      [{ amount: "-5.00", currency: "USD" }, { field: "unitPrice.amount", code: "NOT_POSITIVE" }],
      [{ amount: "699.001", currency: "USD" }, { field: "unitPrice.amount", code: "MONEY_TOO_PRECISE" }],
      [{ amount: "2900.00", currency: "MYR" }, { field: "unitPrice.currency", code: "EVENT_PRICE_CURRENCY" }],
    ];
    for (const [unitPrice, expected] of cases) {
      const error = await errorOf(setEventPrice(kelapa.ctx, { eventId: event.id, listingId: kelapa.listingId, unitPrice }));
      expect([unitPrice.amount, problemsOf(error)]).toEqual([unitPrice.amount, [expected]]);
    }
    expect(await countOf(db(), "sale_event_prices")).toBe(0);
  });

  it("another company cannot price a listing that is not its own, and nothing is written", async () => {
    const { admin, kelapa, other } = await marketplace(db());
    const event = await createSaleEvent(admin, DOUBLE_11);
    const refused = await errorOf(setEventPrice(other.ctx, { eventId: event.id, listingId: kelapa.listingId, unitPrice: { amount: "500.00", currency: "USD" } }));
    expect([(refused as DomainError).code, (refused as DomainError).messageKey]).toEqual(["FORBIDDEN", "LISTING_NOT_YOURS"]);
    expect(await countOf(db(), "sale_event_prices")).toBe(0);

    await setEventPrice(kelapa.ctx, { eventId: event.id, listingId: kelapa.listingId, unitPrice: { amount: "699.00", currency: "USD" } });
    expect(((await errorOf(removeEventPrice(other.ctx, event.id, kelapa.listingId))) as DomainError).code).toBe("FORBIDDEN");
    expect(await countOf(db(), "sale_event_prices")).toBe(1);
  });

  it("prices can change until the event ends, not at its end; unknown events and listings are NOT_FOUND", async () => {
    const { admin, kelapa } = await marketplace(db());
    const event = await createSaleEvent(admin, DOUBLE_11);
    const input = { eventId: event.id, listingId: kelapa.listingId, unitPrice: { amount: "699.00", currency: "USD" } };
    expect((await setEventPrice(at(kelapa.ctx, shift(CLOSES, -1)), input)).unitPriceMinor).toBe(69900);

    const late = await errorOf(setEventPrice(at(kelapa.ctx, CLOSES), { ...input, unitPrice: { amount: "600.00", currency: "USD" } }));
    expect([(late as DomainError).code, (late as DomainError).messageKey]).toEqual(["CONFLICT", "SALE_EVENT_ENDED"]);
    expect(((await errorOf(removeEventPrice(at(kelapa.ctx, CLOSES), event.id, kelapa.listingId))) as DomainError).messageKey).toBe("SALE_EVENT_ENDED");
    expect((await eventPricesAt(ctxAs(db()), [kelapa.listingId], new Date(shift(CLOSES, -1)))).get(kelapa.listingId)?.unitPriceMinor).toBe(69900);

    expect(((await errorOf(setEventPrice(kelapa.ctx, { ...input, eventId: "evt_nothing" }))) as DomainError).code).toBe("NOT_FOUND");
    expect(((await errorOf(setEventPrice(kelapa.ctx, { ...input, listingId: "lst_nothing" }))) as DomainError).code).toBe("NOT_FOUND");
  });
});
