/**
 * The world a burst of orders lands in, shared by `npm run bench:burst` and the crash test: a few
 * exporters with a few hundred live listings, buyer companies in several countries with API tokens
 * (one per client, as an ERP integration would hold), the demo FX rates; then the checks that
 * every burst must pass (every acknowledged order exactly once, nothing oversold, ledger balanced).
 */
import { sql } from "kysely";
import type { Database } from "../db/database.js";
import { importHs } from "../db/import/hs.js";
import { seedDemoFxRates } from "../db/seed/fx-demo.js";
import type { ServiceContext } from "../graph/context.js";
import { approveVerification, createApiToken, registerOrganisation, requestVerification, updateOrganisation } from "../graph/identity/service.js";
import { createListing, publishListing, type NewListing } from "../graph/listings/service.js";
import { systemContext } from "../graph/runtime.js";

const HS = [
  "section,hscode,description,parent,level",
  'II,0801,"Coconuts, Brazil nuts and cashew nuts, fresh or dried",08,4',
  'II,080119,"Coconuts, fresh or dried, other than desiccated or in the inner shell",0801,6',
  'II,0901,"Coffee, whether or not roasted or decaffeinated",09,4',
  "II,090111,Coffee; not roasted or decaffeinated,0901,6",
  'III,1509,"Olive oil and its fractions",15,4',
  "III,150910,Olive oil; virgin,1509,6",
  'XVI,8539,"Electric filament or discharge lamps; LED light sources",85,4',
  "XVI,853950,Lamps; light-emitting diode (LED) lamps,8539,6",
].join("\n");

const PASSWORD = "burst-bench-harbour-2026";

const SELLERS = [
  { legalName: "Kelapa Nusantara Sdn. Bhd.", country: "MY", email: "aminah@kelapa.burst.example" },
  { legalName: "Shenzhen Bright Lighting Co., Ltd.", country: "CN", email: "li.wei@bright.burst.example" },
  { legalName: "Olivar Andaluz S.L.", country: "ES", email: "carmen@olivar.burst.example" },
  { legalName: "Kivu Highlands Coffee Ltd", country: "RW", email: "jeanne@kivu.burst.example" },
] as const;

const BUYER_COUNTRIES = ["PL", "DE", "SA", "GB", "FR", "JP", "AE", "ES"] as const;

/** What each seller lists: its goods, unit, currency, price and where it ships from. */
function listingOf(seller: (typeof SELLERS)[number], n: number, stock: number): NewListing {
  const base = { moq: 1, availableQuantity: stock, leadTimeDays: 14 + (n % 30), locale: "en" };
  switch (seller.country) {
    case "MY":
      return {
        ...base,
        externalRef: `KLP-${n}`,
        title: `Fresh husked coconuts, lot ${n}`,
        description: "Semi-husked mature coconuts from Johor estates, packed in 25 kg mesh bags.",
        hsCode: "0801.19",
        originCountry: "MY",
        unit: "TNE",
        currency: "MYR",
        priceTiers: [{ minQuantity: 1, unitPrice: (1180 + (n % 90)).toFixed(2) }],
        incoterms: [{ code: "FOB", namedPlace: "Port Klang" }],
        shipFromPort: "MYPKG",
        netWeightKg: 1000,
        grossWeightKg: 1030,
        volumeM3: 2.4,
      };
    case "CN":
      return {
        ...base,
        externalRef: `SZB-${n}`,
        title: `LED bulbs E27 9 W, carton ${n}`,
        description: "A60 LED bulbs, 806 lm, 2700 K, CE and RoHS, 100 per carton.",
        hsCode: "8539.50",
        originCountry: "CN",
        unit: "H87",
        currency: "USD",
        priceTiers: [{ minQuantity: 1, unitPrice: (0.62 + (n % 20) / 100).toFixed(2) }],
        incoterms: [{ code: "FCA", namedPlace: "Shenzhen" }],
        shipFromPort: "CNSZX",
        netWeightKg: 0.06,
        grossWeightKg: 0.08,
        volumeM3: 0.0004,
      };
    case "ES":
      return {
        ...base,
        externalRef: `OLV-${n}`,
        title: `Extra virgin olive oil, Picual, batch ${n}`,
        description: "Cold-extracted Picual from Jaén, acidity at most 0.3 %, 5 l tins.",
        hsCode: "1509.10",
        originCountry: "ES",
        unit: "LTR",
        currency: "EUR",
        priceTiers: [{ minQuantity: 1, unitPrice: (6.9 + (n % 15) / 10).toFixed(2) }],
        incoterms: [{ code: "FCA", namedPlace: "Jaén" }],
        shipFromPort: "ESALG",
        netWeightKg: 0.92,
        grossWeightKg: 1.05,
        volumeM3: 0.0012,
      };
    default:
      return {
        ...base,
        externalRef: `KIVU-${n}`,
        title: `Green arabica coffee, fully washed, lot ${n}`,
        description: "Bourbon arabica from Lake Kivu washing stations, 60 kg jute bags, SCA 84+.",
        hsCode: "0901.11",
        originCountry: "RW",
        unit: "KGM",
        currency: "USD",
        priceTiers: [{ minQuantity: 1, unitPrice: (6.2 + (n % 12) / 10).toFixed(2) }],
        incoterms: [{ code: "FCA", namedPlace: "Kigali" }],
        netWeightKg: 1,
        grossWeightKg: 1.02,
        volumeM3: 0.0015,
      };
  }
}

export interface BurstListing {
  id: string;
  sellerOrganisationId: string;
  stock: number;
}

export interface BurstBuyer {
  organisationId: string;
  country: string;
  /** One API token per client of this company. */
  tokens: string[];
}

export interface BurstWorld {
  listings: BurstListing[];
  buyers: BurstBuyer[];
  /** Each seller's API token, for confirming its orders. */
  sellerTokens: Map<string, string>;
}

export interface BurstWorldSize {
  listings: number;
  /** Stock of an ordinary listing; one listing in ten is scarce (a tenth of that) and sells out. */
  stock: number;
  buyers: number;
  tokensPerBuyer: number;
}

function owner(system: ServiceContext, userId: string, organisationId: string): ServiceContext {
  return { ...system, viewer: { kind: "user", userId, sessionId: null, organisationId, role: "owner", isPlatformAdmin: false, customsJurisdiction: null } };
}

export async function seedBurstWorld(database: Database, size: BurstWorldSize): Promise<BurstWorld> {
  await importHs(database, HS, "HS2022");
  await seedDemoFxRates(database);
  const system = systemContext(database);
  const sellerTokens = new Map<string, string>();
  const sellers: { spec: (typeof SELLERS)[number]; ctx: ServiceContext; organisationId: string }[] = [];
  for (const spec of SELLERS) {
    const { user, organisation } = await registerOrganisation(system, {
      email: spec.email,
      password: PASSWORD,
      displayName: spec.legalName.split(" ")[0]!,
      organisation: { kind: "exporter", legalName: spec.legalName, country: spec.country },
    });
    const ctx = owner(system, user.id, organisation.id);
    // Only verified exporters' listings go live.
    await updateOrganisation(ctx, { addressLine1: "1 Harbour Road", city: "Port City", registrationNumber: `REG-${spec.country}-1`, taxId: `TAX-${spec.country}-1` });
    await requestVerification(ctx);
    await approveVerification(system, organisation.id);
    sellerTokens.set(organisation.id, (await createApiToken(ctx, "Order desk")).token);
    sellers.push({ spec, ctx, organisationId: organisation.id });
  }
  const listings: BurstListing[] = [];
  for (let n = 0; n < size.listings; n++) {
    const seller = sellers[n % sellers.length]!;
    const stock = n % 10 === 9 ? Math.max(1, Math.floor(size.stock / 10)) : size.stock;
    const created = await createListing(seller.ctx, listingOf(seller.spec, n, stock));
    await publishListing(seller.ctx, created.id);
    listings.push({ id: created.id, sellerOrganisationId: seller.organisationId, stock });
  }
  const buyers: BurstBuyer[] = [];
  for (let b = 0; b < size.buyers; b++) {
    const country = BUYER_COUNTRIES[b % BUYER_COUNTRIES.length]!;
    const { user, organisation } = await registerOrganisation(system, {
      email: `buyer${b}@importer-${country.toLowerCase()}.burst.example`,
      password: PASSWORD,
      displayName: `Buyer ${b}`,
      organisation: { kind: "buyer", legalName: `Importer ${b} (${country})`, country },
    });
    const ctx = owner(system, user.id, organisation.id);
    const tokens: string[] = [];
    for (let t = 0; t < size.tokensPerBuyer; t++) tokens.push((await createApiToken(ctx, `ERP ${t}`)).token);
    buyers.push({ organisationId: organisation.id, country, tokens });
  }
  return { listings, buyers, sellerTokens };
}

export interface PlannedOrder {
  /** Which buyer token sends it: `client` indexes the flattened list of tokens. */
  client: number;
  token: string;
  buyerOrganisationId: string;
  key: string;
  listingId: string;
  quantity: number;
}

/**
 * The orders of a burst, deterministic for a run name: each client sends its own, to listings
 * spread over the catalogue (a cheap multiplicative walk, so neighbours hit different listings).
 */
export function planOrders(world: BurstWorld, count: number, run: string): PlannedOrder[] {
  const clients = world.buyers.flatMap((b) => b.tokens.map((token) => ({ token, buyer: b.organisationId })));
  return Array.from({ length: count }, (_, i) => {
    const client = i % clients.length;
    const listing = world.listings[(i * 7919) % world.listings.length]!;
    return { client, token: clients[client]!.token, buyerOrganisationId: clients[client]!.buyer, key: `${run}-${i}`, listingId: listing.id, quantity: 1 + (i % 3) };
  });
}

export interface Acknowledged {
  orderId: string;
  buyerOrganisationId: string;
  listingId: string;
  quantity: number;
}

export interface BurstCheck {
  ordersStored: number;
  acknowledged: number;
  /** Acknowledged keys with no order, or with another order than the one acknowledged. */
  missingOrChanged: string[];
  /** Orders stored under the burst's keys that no client heard about. */
  unacknowledged: number;
  /** Listings whose stock went below zero or does not add up with their orders. */
  stockMismatches: string[];
  ledgerEntries: number;
  /** Orders whose ledger debits and credits differ. */
  unbalancedOrders: string[];
  /** Escrow the platform holds, by the ledger and by the payments it records as held. */
  escrowByLedger: number;
  escrowByPayments: number;
}

/**
 * What a burst must leave behind, read straight from the database: every acknowledged key has
 * exactly its order, no other order exists under the burst's keys, each listing's stock is its
 * initial stock less what its orders reserved (and never negative), and the ledger balances.
 */
export async function checkBurst(database: Database, world: BurstWorld, keyPrefix: string, acknowledged: Map<string, Acknowledged>): Promise<BurstCheck> {
  const db = database.db;
  const stored = await db.selectFrom("orders").select(["id", "buyer_organisation_id", "idempotency_key"]).where("idempotency_key", "like", `${keyPrefix}-%`).execute();
  const byKey = new Map(stored.map((o) => [`${o.buyer_organisation_id}\u0000${o.idempotency_key}`, o.id]));
  const missingOrChanged: string[] = [];
  for (const [key, ack] of acknowledged) {
    if (byKey.get(`${ack.buyerOrganisationId}\u0000${key}`) !== ack.orderId) missingOrChanged.push(key);
  }
  const ackIds = new Set([...acknowledged.values()].map((a) => a.orderId));

  const reserved = await db
    .selectFrom("order_lines")
    .innerJoin("orders", "orders.id", "order_lines.order_id")
    .select(["order_lines.listing_id", (eb) => eb.fn.sum<number>("order_lines.reserved_quantity").as("taken")])
    .where("orders.status", "!=", "cancelled")
    .where("order_lines.listing_id", "is not", null)
    .groupBy("order_lines.listing_id")
    .execute();
  const taken = new Map(reserved.map((r) => [r.listing_id!, Number(r.taken)]));
  const rows = await db.selectFrom("listings").select(["id", "available_quantity"]).execute();
  const available = new Map(rows.map((r) => [r.id, Number(r.available_quantity)]));
  const stockMismatches = world.listings
    .filter((l) => {
      const left = available.get(l.id) ?? NaN;
      return left < 0 || Math.abs(l.stock - (taken.get(l.id) ?? 0) - left) > 1e-9;
    })
    .map((l) => l.id);

  const { rows: ledger } = await sql<{ order_id: string; debits: number; credits: number; n: number }>`
    select order_id, sum(debit_minor) as debits, sum(credit_minor) as credits, count(*) as n from ledger_entries group by order_id`.execute(db);
  const unbalancedOrders = ledger.filter((l) => Number(l.debits) !== Number(l.credits)).map((l) => l.order_id);
  const { rows: escrow } = await sql<{ held: number | null }>`
    select sum(debit_minor) - sum(credit_minor) as held from ledger_entries where account = 'escrow'`.execute(db);
  const { rows: payments } = await sql<{ held: number | null }>`select sum(amount_minor) as held from payments where status = 'held'`.execute(db);

  return {
    ordersStored: stored.length,
    acknowledged: acknowledged.size,
    missingOrChanged,
    unacknowledged: stored.filter((o) => !ackIds.has(o.id)).length,
    stockMismatches,
    ledgerEntries: ledger.reduce((sum, l) => sum + Number(l.n), 0),
    unbalancedOrders,
    escrowByLedger: Number(escrow[0]?.held ?? 0),
    escrowByPayments: Number(payments[0]?.held ?? 0),
  };
}
