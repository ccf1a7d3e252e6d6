/**
 * Times the customs officer's shipment search (graph/customs searchDesk: logistics' searchShipments,
 * customs' clearance statuses, the companies' names and the access-log append) over 100,000 shipments.
 *
 *   npx tsx bench/customs-search.ts               SQLite, a fresh bench/data/customs.sqlite
 *   npx tsx bench/customs-search.ts --pg          PostgreSQL, a fresh schema in caravan_bench
 *   npx tsx bench/customs-search.ts --shipments 100000 --runs 20
 *
 * The shipments are a BULK INSERT written for this bench (orders' logistics copy, shipments and their
 * HS chapters, companies and 20 % of the import decisions), not created through logistics'
 * createShipment: 100,000 shipments through the service would take most of an hour here, and the
 * search reads exactly these tables and indexes. The officer is a real customs authority account.
 */
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import pg from "pg";
import type { Database } from "../db/database.js";
import { openDatabase, openPostgres } from "../db/database.js";
import { migrateToLatest } from "../db/migrate.js";
import { searchDesk, type DeskFilter } from "../graph/customs/search.js";
import { authenticate, createCustomsAuthority, signIn } from "../graph/identity/service.js";
import { serviceContext, systemContext } from "../graph/runtime.js";
import { machine, printTable, summarize, writeResult } from "./report.js";

const argv = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const SHIPMENTS = flag("--shipments", 100_000);
const RUNS = flag("--runs", 20);
const WARM_UP = 3;
const PG = argv.includes("--pg");
const TARGET_P95_MS = 50;

async function freshDatabase(): Promise<Database> {
  if (PG) {
    const url = process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/caravan_bench";
    const schema = `customs_bench_${randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE SCHEMA "${schema}"`);
    await admin.end();
    return openPostgres(url, { schema, max: 4 });
  }
  const file = path.resolve("bench/data/customs.sqlite");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  return openDatabase(file);
}

// A deterministic generator: the same data on every run and both databases.
let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;

const EXPORTERS = ["MY", "CN", "VN", "TH", "ID", "IN", "TR", "BR"];
// Poland takes three in ten of the imports, so its officer searches about 30,000 shipments.
const IMPORTERS = ["PL", "PL", "PL", "DE", "FR", "NL", "ES", "IT", "US", "GB"];
const MODES = ["sea", "sea", "sea", "sea", "air", "road", "rail", "express", "postal"];
const CHAPTERS = ["08", "09", "15", "20", "44", "52", "61", "62", "84", "85", "94", "03", "18"];
const DAY = 86_400_000;
const START = Date.parse("2025-01-01T00:00:00Z");

async function seedShipments(database: Database): Promise<{ exporterId: string; importerId: string }> {
  const db = database.db;
  const now = new Date().toISOString();
  const companies = [...EXPORTERS.flatMap((c) => Array.from({ length: 10 }, (_, i) => ({ id: `org_ex_${c}_${i}`, country: c, kind: "exporter" }))), ...IMPORTERS.slice(2).flatMap((c) => Array.from({ length: 10 }, (_, i) => ({ id: `org_im_${c}_${i}`, country: c, kind: "buyer" }))), ...Array.from({ length: 30 }, (_, i) => ({ id: `org_im_PL_${i}`, country: "PL", kind: "buyer" }))];
  const unique = [...new Map(companies.map((c) => [c.id, c])).values()];
  await db
    .insertInto("organisations")
    .values(unique.map((c) => ({ id: c.id, kind: c.kind, legal_name: `${c.kind === "exporter" ? "Exporter" : "Importer"} ${c.id.slice(-4)}`, country: c.country, address_line1: null, address_line2: null, city: null, postal_code: null, registration_number: null, tax_id: null, eori: null, export_licence: null, preferred_locale: "en", preferred_currency: "USD", time_zone: "UTC", verification_status: "verified", verified_at: now, created_at: now, updated_at: now })))
    .execute();
  const byCountry = (prefix: string, country: string) => unique.filter((c) => c.id.startsWith(`org_${prefix}_${country}_`)).map((c) => c.id);
  const BATCH = 500;
  for (let start = 0; start < SHIPMENTS; start += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, SHIPMENTS - start) }, (_, k) => {
      const n = start + k;
      const exportCountry = pick(EXPORTERS);
      const importCountry = pick(IMPORTERS);
      const shippedOn = new Date(START + Math.floor(random() * 700) * DAY).toISOString().slice(0, 10);
      const chapters = [...new Set([pick(CHAPTERS), ...(random() < 0.4 ? [pick(CHAPTERS)] : [])])];
      const id = `shp_b${String(n).padStart(8, "0")}`;
      return { id, order: `ord_b${n}`, seller: pick(byCountry("ex", exportCountry)), buyer: pick(byCountry("im", importCountry)), exportCountry, importCountry, shippedOn, chapters, mode: pick(MODES) };
    });
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto("shippable_orders")
        .values(rows.map((r) => ({ order_id: r.order, buyer_organisation_id: r.buyer, seller_organisation_id: r.seller, incoterm: "CIF", named_place: "Gdańsk", ship_from_country: r.exportCountry, ship_from_port: null, destination_country: r.importCountry, destination_port: null, parties: "[]", confirmed_at: now })))
        .execute();
      await trx
        .insertInto("shipments")
        .values(
          rows.map((r) => ({
            id: r.id,
            order_id: r.order,
            seller_organisation_id: r.seller,
            buyer_organisation_id: r.buyer,
            status: "in_transit",
            mode: r.mode,
            carrier_name: "Bench Line",
            carrier_organisation_id: null,
            booking_number: null,
            tracking_number: `BENCH${r.id.slice(5)}`,
            trace_code: `trace_${r.id}`,
            vessel_name: null,
            voyage_number: null,
            flight_number: null,
            port_of_loading: null,
            port_of_discharge: null,
            export_country: r.exportCountry,
            import_country: r.importCountry,
            gross_weight_kg: 20_600,
            net_weight_kg: 20_000,
            volume_m3: 48,
            shipped_on: r.shippedOn,
            departed_at: `${r.shippedOn}T06:00:00.000Z`,
            event_count: 3,
            created_by_user_id: null,
            created_at: now,
            updated_at: now,
          })),
        )
        .execute();
      await trx
        .insertInto("shipment_chapters")
        .values(rows.flatMap((r) => r.chapters.map((hs_chapter) => ({ shipment_id: r.id, hs_chapter, import_country: r.importCountry, export_country: r.exportCountry, shipped_on: r.shippedOn }))))
        .execute();
      const decided = rows.filter((r) => r.importCountry === "PL" && random() < 0.2);
      if (decided.length) {
        await trx
          .insertInto("customs_clearances")
          .values(decided.map((r) => ({ shipment_id: r.id, country: "PL", status: pick(["cleared", "cleared", "cleared", "cleared", "cleared", "cleared", "held", "held", "released"]), reason: null, shipped_on: r.shippedOn, authority_organisation_id: "org_bench_kas", decided_by_user_id: "usr_bench", decided_at: now })))
          .execute();
      }
    });
  }
  return { exporterId: byCountry("ex", "MY")[0]!, importerId: byCountry("im", "PL")[0]! };
}

const database = await freshDatabase();
await migrateToLatest(database);
const seededAt = Date.now();
const { exporterId, importerId } = await seedShipments(database);
const seedSeconds = (Date.now() - seededAt) / 1000;
// A live PostgreSQL's autovacuum analyzes tables after a bulk load; without it the planner would guess
// at 100,000 fresh rows, and the bench would time plans no server keeps for long.
if (database.dialect === "postgres") await sql`ANALYZE`.execute(database.db);
await createCustomsAuthority(systemContext(database), { legalName: "Krajowa Administracja Skarbowa", country: "PL", officerEmail: "bench.officer@customs.pl.example", officerDisplayName: "Bench Officer", officerPassword: "coconut-harbour-42" });
const session = await signIn(serviceContext(database), { email: "bench.officer@customs.pl.example", password: "coconut-harbour-42" });
const viewer = await authenticate(serviceContext(database), { sessionToken: session.session.token });
if ("error" in viewer) throw new Error("the bench officer must sign in");
const officer = serviceContext(database, { viewer, request: { ip: "198.51.100.20", userAgent: "bench" } });

const SEARCHES: { name: string; filter: DeskFilter; nextPage?: boolean }[] = [
  { name: "everything, first page", filter: {} },
  { name: "everything, second page", filter: {}, nextPage: true },
  { name: "imports only", filter: { direction: "import" } },
  { name: "one month", filter: { shippedFrom: "2025-06-01", shippedTo: "2025-06-30" } },
  { name: "one exporter", filter: { exporterOrganisationId: exporterId } },
  { name: "one importer", filter: { importerOrganisationId: importerId } },
  { name: "HS chapter 08", filter: { hsChapter: "08" } },
  { name: "air only", filter: { mode: "air" } },
  { name: "held", filter: { clearanceStatus: "held" } },
  { name: "cleared, chapter 08", filter: { clearanceStatus: "cleared", hsChapter: "08" } },
  { name: "not decided yet", filter: { clearanceStatus: "pending" } },
  { name: "everything combined", filter: { direction: "import", shippedFrom: "2025-01-01", shippedTo: "2025-12-31", hsChapter: "08", mode: "sea" } },
];
for (const search of SEARCHES) {
  if (!search.nextPage) continue;
  const first = await searchDesk(officer, { ...search.filter, first: 20 });
  search.filter = { ...search.filter, after: first.pageInfo.endCursor };
}

const samples = new Map(SEARCHES.map((s) => [s.name, [] as number[]]));
const found = new Map<string, number>();
for (let pass = 0; pass < WARM_UP + RUNS; pass++) {
  for (const search of SEARCHES) {
    const started = performance.now();
    const page = await searchDesk(officer, { ...search.filter, first: 20 });
    const ms = performance.now() - started;
    if (pass >= WARM_UP) samples.get(search.name)!.push(ms);
    found.set(search.name, page.edges.length);
  }
}

const all = [...samples.values()].flat();
const rows = SEARCHES.map((s) => ({ search: s.name, results: found.get(s.name) ?? 0, ...summarize(samples.get(s.name)!) }));
const overall = summarize(all);
printTable(`customs desk search over ${SHIPMENTS.toLocaleString("en")} shipments (${database.dialect}), ${RUNS} runs after ${WARM_UP} warm-up`, rows.map((r) => ({ search: r.search, results: r.results, "median ms": r.medianMs, "p95 ms": r.p95Ms, "max ms": r.maxMs })));
const host = machine();
console.log(`\nall searches: median ${overall.medianMs} ms, p95 ${overall.p95Ms} ms (target p95 ≤ ${TARGET_P95_MS} ms); seeded in ${seedSeconds.toFixed(1)} s; load average ${host.loadAverage.join(" ")}`);
console.log(`written to ${writeResult(`customs-search-${database.dialect}`, { shipments: SHIPMENTS, runs: RUNS, machine: host, overall, searches: rows })}`);
await database.close();
