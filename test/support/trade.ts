import type { Database } from "../../db/database.js";
import type { ServiceContext } from "../../graph/context.js";
import type { NewListing } from "../../graph/listings/service.js";
import { systemContext } from "../../graph/runtime.js";
import { placeOrder, type Order, type PlaceOrderInput } from "../../graph/trade/service.js";
import { adminOf, at, company, verifiedCompany, type Company } from "./companies.js";
import { coconuts, listed } from "./listings.js";
import { loadReferenceData } from "./reference.js";
import { NOW } from "./sourcing.js";

export interface TradeWorld {
  database: Database;
  admin: ServiceContext;
  system: ServiceContext;
  /** Kelapa Nusantara, Port Klang: sells coconuts in MYR. */
  seller: Company;
  /** Baltic Fresh, Gdańsk: pays in PLN. */
  buyer: Company;
  /** A third company, party to nothing. */
  stranger: Company;
  listingId: string;
}

/** The coconut story's companies, a live listing of 400 t (MOQ 5 t, cheaper from 20 t) and the FX rates to PLN, on the sourcing stories' clock. */
export async function tradeWorld(database: Database, listing: Partial<NewListing> = {}): Promise<TradeWorld> {
  await loadReferenceData(database);
  const admin = await adminOf(database, NOW);
  const seller = await verifiedCompany(database, admin, { email: "aminah@kelapa.example", legalName: "Kelapa Nusantara Sdn. Bhd.", country: "MY", kind: "exporter" }, NOW);
  const buyer = await company(database, { email: "marta@balticfresh.example", legalName: "Baltic Fresh Sp. z o.o.", country: "PL", kind: "buyer" }, NOW);
  const stranger = await company(database, { email: "jose@manilanuts.example", legalName: "Manila Nuts Inc.", country: "PH", kind: "both" }, NOW);
  const created = await listed(seller, coconuts(listing));
  return { database, admin, system: at(systemContext(database), NOW), seller, buyer, stranger, listingId: created.id };
}

let keys = 0;
export const freshKey = () => `test-order-${++keys}-${Date.now()}`;

export function fromListing(world: TradeWorld, overrides: Partial<PlaceOrderInput> = {}): PlaceOrderInput {
  return { idempotencyKey: freshKey(), listingId: world.listingId, quantity: 40, paymentTerms: "escrow", ...overrides };
}

export async function placed(world: TradeWorld, overrides: Partial<PlaceOrderInput> = {}): Promise<Order> {
  return (await placeOrder(world.buyer.ctx, fromListing(world, overrides))).order;
}

export async function available(database: Database, listingId: string): Promise<number> {
  const row = await database.db.selectFrom("listings").select("available_quantity").where("id", "=", listingId).executeTakeFirstOrThrow();
  return row.available_quantity;
}

type Counted = "orders" | "order_events" | "order_lines" | "payments" | "ledger_entries" | "jobs";

export async function counts(database: Database): Promise<Record<Counted, number>> {
  const tables: Counted[] = ["orders", "order_events", "order_lines", "payments", "ledger_entries", "jobs"];
  const entries = await Promise.all(
    tables.map(async (t) => [t, Number((await database.db.selectFrom(t).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n)] as const),
  );
  return Object.fromEntries(entries) as Record<Counted, number>;
}
