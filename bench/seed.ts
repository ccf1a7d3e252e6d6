/**
 * Fills the benchmark databases with deterministic marketplace data: 1,000,000 active listings (plus
 * 5 % inactive ones search must skip) and 100,000 open sourcing requests, by default.
 *
 *   npm run bench:seed                      SQLite, bench/data/bench.sqlite
 *   npm run bench:seed -- --pg              PostgreSQL, database caravan_bench (created if missing)
 *   npm run bench:seed -- --listings 100000 --requests 10000    a smaller world
 *
 * Rows go in with raw batched statements (better-sqlite3 prepared statements, PostgreSQL unnest
 * batches), not through the services: a million listings through the service would take hours and
 * the bench measures reading. The text is indexed exactly as indexListing does (db/search.ts).
 */
import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import pg from "pg";
import { configureSqlite, openPostgres, openSqlite, type Database } from "../db/database.js";
import { migrateToLatest } from "../db/migrate.js";
import { postgresVector, postgresWords, searchText, sqliteFacetText, sqliteWords, WordRanges } from "../db/search.js";
import { benchOptions, type BenchOptions } from "./options.js";
import {
  BENCH_RATE_DATE,
  fxRates,
  listings,
  organisations,
  requests,
  facetsOf,
  searchDocument,
  type BenchListing,
  type BenchOrganisation,
  type BenchRequest,
} from "./generate.js";

const SELLERS = 20_000;
const BUYERS = 10_000;

function progress(label: string, done: number, total: number, started: number): void {
  const seconds = (Date.now() - started) / 1000;
  process.stdout.write(`\r${label}: ${done.toLocaleString("en")} / ${total.toLocaleString("en")} (${seconds.toFixed(0)} s)   `);
  if (done === total) process.stdout.write("\n");
}

// ---------------------------------------------------------------------------- SQLite

async function seedSqlite(options: BenchOptions): Promise<void> {
  const file = options.sqliteFile;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  const connection = new SQLite(file);
  configureSqlite(connection);
  const database = openSqlite(connection, file);
  await migrateToLatest(database);
  // A throwaway bulk load: durability of each batch does not matter, the finished file does.
  connection.pragma("journal_mode = OFF");
  connection.pragma("synchronous = OFF");
  connection.pragma("cache_size = -262144");

  const orgs = organisations(SELLERS, BUYERS);
  const insertOrg = connection.prepare(
    `insert into organisations (id, kind, legal_name, country, preferred_locale, preferred_currency, time_zone, verification_status, verified_at, created_at, updated_at)
     values (@id, @kind, @legal_name, @country, 'en', @preferred_currency, 'UTC', @verification_status, @verified_at, @created_at, @updated_at)`,
  );
  connection.transaction(() => orgs.forEach((o) => insertOrg.run(o)))();
  const insertRate = connection.prepare(
    `insert into fx_rates (id, base_currency, quote_currency, rate, as_of, source, created_at) values (?, ?, ?, ?, ?, 'bench', ?)`,
  );
  for (const r of fxRates()) insertRate.run(`fx_bench_${r.quote_currency}`, r.base_currency, r.quote_currency, r.rate, r.as_of, `${BENCH_RATE_DATE}T00:00:00.000Z`);

  const insertListing = connection.prepare(
    `insert into listings (id, search_key, organisation_id, status, external_ref, title, description, locale, hs_code, origin_country, unit, currency,
       price_from_minor, price_from_usd_cents, moq, available_quantity, moq_base, available_base, lead_time_days, ship_from_port,
       net_weight_kg, gross_weight_kg, volume_m3, packaging, seller_verified, published_at, created_at, updated_at)
     values (@id, @search_key, @organisation_id, @status, @external_ref, @title, @description, @locale, @hs_code, @origin_country, @unit, @currency,
       @price_from_minor, @price_from_usd_cents, @moq, @available_quantity, @moq_base, @available_base, @lead_time_days, @ship_from_port,
       @net_weight_kg, @gross_weight_kg, @volume_m3, @packaging, @seller_verified, @published_at, @created_at, @updated_at)`,
  );
  const insertTier = connection.prepare(`insert into listing_price_tiers (listing_id, min_quantity, unit_price_minor) values (?, ?, ?)`);
  const insertTerm = connection.prepare(`insert into listing_incoterms (listing_id, incoterm, named_place) values (?, ?, ?)`);
  const insertTranslation = connection.prepare(`insert into listing_translations (listing_id, locale, title, description) values (?, ?, ?, ?)`);
  const insertCertification = connection.prepare(`insert into listing_certifications (listing_id, kind) values (?, ?)`);
  const insertSearch = connection.prepare(`insert into listing_search (rowid, title, body, facets) values (?, ?, ?, ?)`);
  // Every word and facet with the lowest and highest price seen with it, as indexListing records them.
  const words = new WordRanges();
  const insertWord = connection.prepare(`insert into listing_search_words (word, min_price, max_price) values (?, ?, ?)`);
  const writeListings = connection.transaction((batch: BenchListing[]) => {
    for (const { tiers, incoterms, translations, certifications, ...row } of batch) {
      insertListing.run(row);
      for (const t of tiers) insertTier.run(row.id, t.min_quantity, t.unit_price_minor);
      for (const t of incoterms) insertTerm.run(row.id, t.incoterm, t.named_place);
      for (const t of translations) insertTranslation.run(row.id, t.locale, t.title, t.description);
      for (const c of certifications) insertCertification.run(row.id, c);
      if (row.status === "active") {
        const listing = { ...row, tiers, incoterms, translations, certifications };
        const doc = searchDocument(listing);
        const title = searchText(doc.title);
        const body = searchText(doc.body);
        const facets = sqliteFacetText(facetsOf(listing));
        insertSearch.run(row.search_key, title, body, facets);
        words.add(sqliteWords(title, body, facets), row.price_from_usd_cents);
      }
    }
  });
  await inBatches("listings", listings(options.listings, orgs.slice(0, SELLERS)), options.listings, (batch) => writeListings(batch));
  connection.transaction(() => words.ranges.forEach(([min, max], word) => insertWord.run(word, min, max)))();

  const insertRequest = connection.prepare(
    `insert into sourcing_requests (id, organisation_id, status, title, description, hs_code, keywords, quantity, unit, quantity_base, target_price_minor,
       target_currency, destination_country, destination_port, incoterm, needed_by, visibility, quote_cap, quote_deadline, created_at, updated_at)
     values (@id, @organisation_id, @status, @title, @description, @hs_code, @keywords, @quantity, @unit, @quantity_base, @target_price_minor,
       @target_currency, @destination_country, @destination_port, @incoterm, @needed_by, @visibility, @quote_cap, @quote_deadline, @created_at, @updated_at)`,
  );
  const writeRequests = connection.transaction((batch: BenchRequest[]) => batch.forEach((r) => insertRequest.run(r)));
  await inBatches("requests", requests(options.requests, orgs.slice(SELLERS)), options.requests, (batch) => writeRequests(batch));

  process.stdout.write("optimizing the full-text index and gathering statistics…\n");
  connection.exec(`insert into listing_search (listing_search) values ('optimize')`);
  connection.exec("analyze");
  connection.pragma("journal_mode = WAL");
  await database.close();
  process.stdout.write(`SQLite bench database ready: ${file} (${(fs.statSync(file).size / 1e9).toFixed(2)} GB)\n`);
}

/** Feeds generated rows to `write` in batches; `expected` counts the active/open ones the progress line reports. */
async function inBatches<T extends { status: string }>(
  label: string,
  rows: Iterable<T>,
  expected: number,
  write: (batch: T[]) => unknown,
  size = 5000,
): Promise<void> {
  const started = Date.now();
  let batch: T[] = [];
  let live = 0;
  for (const row of rows) {
    batch.push(row);
    if (row.status === "active" || row.status === "open") live++;
    if (batch.length === size) {
      await write(batch);
      batch = [];
      progress(label, live, expected, started);
    }
  }
  if (batch.length) await write(batch);
  progress(label, live, expected, started);
}

// ---------------------------------------------------------------------------- PostgreSQL

async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (found.rowCount) await client.query(`drop database "${name.replace(/"/g, '""')}" with (force)`);
    await client.query(`create database "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/** Inserts columns of values as arrays through unnest: one round trip per batch, no parameter limit. */
async function unnestInsert(
  client: pg.PoolClient,
  table: string,
  columns: [string, string][],
  rows: unknown[][],
  select?: { into: string; values: string },
): Promise<void> {
  if (!rows.length) return;
  const arrays = columns.map((_c, i) => rows.map((r) => r[i]));
  const names = columns.map(([name]) => name).join(", ");
  const params = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(", ");
  await client.query(`insert into ${table} (${select?.into ?? names}) select ${select?.values ?? "*"} from unnest(${params}) as t(${names})`, arrays);
}

async function seedPostgres(options: BenchOptions): Promise<void> {
  await ensureDatabase(options.pgUrl);
  const database: Database = openPostgres(options.pgUrl, { max: 2 });
  await migrateToLatest(database);
  const pool = new pg.Pool({ connectionString: options.pgUrl, max: 1 });
  const client = await pool.connect();
  await client.query("set synchronous_commit = off");
  try {
    const orgs = organisations(SELLERS, BUYERS);
    await unnestInsert(
      client,
      "organisations",
      [["id", "text"], ["kind", "text"], ["legal_name", "text"], ["country", "text"], ["preferred_currency", "text"], ["verification_status", "text"], ["verified_at", "text"], ["created_at", "text"], ["updated_at", "text"]],
      orgs.map((o: BenchOrganisation) => [o.id, o.kind, o.legal_name, o.country, o.preferred_currency, o.verification_status, o.verified_at, o.created_at, o.updated_at]),
      {
        into: "id, kind, legal_name, country, preferred_locale, preferred_currency, time_zone, verification_status, verified_at, created_at, updated_at",
        values: "id, kind, legal_name, country, 'en', preferred_currency, 'UTC', verification_status, verified_at, created_at, updated_at",
      },
    );
    for (const r of fxRates()) {
      await client.query(`insert into fx_rates (id, base_currency, quote_currency, rate, as_of, source, created_at) values ($1, $2, $3, $4, $5, 'bench', $6)`, [
        `fx_bench_${r.quote_currency}`, r.base_currency, r.quote_currency, r.rate, r.as_of, `${BENCH_RATE_DATE}T00:00:00.000Z`,
      ]);
    }

    // Building the GIN index once over the loaded rows is several times faster than growing it row by row.
    const { rows: indexes } = await client.query<{ def: string }>(`select pg_get_indexdef(indexrelid) as def from pg_index where indexrelid = 'listings_search_idx'::regclass`);
    await client.query("drop index listings_search_idx");

    const listingColumns: [string, string][] = [
      ["id", "text"], ["search_key", "bigint"], ["organisation_id", "text"], ["status", "text"], ["external_ref", "text"], ["title", "text"],
      ["description", "text"], ["locale", "text"], ["hs_code", "text"], ["origin_country", "text"], ["unit", "text"], ["currency", "text"],
      ["price_from_minor", "bigint"], ["price_from_usd_cents", "bigint"], ["moq", "float8"], ["available_quantity", "float8"], ["moq_base", "float8"],
      ["available_base", "float8"], ["lead_time_days", "int"], ["ship_from_port", "text"], ["net_weight_kg", "float8"], ["gross_weight_kg", "float8"],
      ["volume_m3", "float8"], ["packaging", "text"], ["seller_verified", "int"], ["published_at", "text"], ["created_at", "text"], ["updated_at", "text"],
      ["vector", "text"],
    ];
    const words = new WordRanges();
    const plain = listingColumns.slice(0, -1).map(([name]) => name).join(", ");
    const listingSelect = { into: `${plain}, search_vector`, values: `${plain}, vector::tsvector` };
    await inBatches("listings", listings(options.listings, orgs.slice(0, SELLERS)), options.listings, async (batch) => {
      await client.query("begin");
      await unnestInsert(
        client,
        "listings",
        listingColumns,
        batch.map((l) => {
          const active = l.status === "active";
          const vector = active ? postgresVector(searchDocument(l), facetsOf(l), l.search_key) : null;
          if (active) words.add(postgresWords(searchDocument(l), facetsOf(l)), l.price_from_usd_cents);
          return [...listingColumns.slice(0, -1).map(([name]) => l[name as keyof BenchListing]), vector];
        }),
        listingSelect,
      );
      await unnestInsert(client, "listing_price_tiers", [["listing_id", "text"], ["min_quantity", "float8"], ["unit_price_minor", "bigint"]], batch.flatMap((l) => l.tiers.map((t) => [l.id, t.min_quantity, t.unit_price_minor])));
      await unnestInsert(client, "listing_incoterms", [["listing_id", "text"], ["incoterm", "text"], ["named_place", "text"]], batch.flatMap((l) => l.incoterms.map((t) => [l.id, t.incoterm, t.named_place])));
      await unnestInsert(client, "listing_translations", [["listing_id", "text"], ["locale", "text"], ["title", "text"], ["description", "text"]], batch.flatMap((l) => l.translations.map((t) => [l.id, t.locale, t.title, t.description])));
      await unnestInsert(client, "listing_certifications", [["listing_id", "text"], ["kind", "text"]], batch.flatMap((l) => l.certifications.map((c) => [l.id, c])));
      await client.query("commit");
    });
    const entries = [...words.ranges];
    for (let i = 0; i < entries.length; i += 5000) {
      const part = entries.slice(i, i + 5000);
      await unnestInsert(client, "listing_search_words", [["word", "text"], ["min_price", "bigint"], ["max_price", "bigint"]], part.map(([w, [min, max]]) => [w, min, max]));
    }
    // search_key is a bigserial: move its sequence past the keys written explicitly.
    await client.query(`select setval(pg_get_serial_sequence('listings', 'search_key'), (select max(search_key) from listings))`);

    const requestColumns: [string, string][] = [
      ["id", "text"], ["organisation_id", "text"], ["status", "text"], ["title", "text"], ["description", "text"], ["hs_code", "text"], ["keywords", "text"],
      ["quantity", "float8"], ["unit", "text"], ["quantity_base", "float8"], ["target_price_minor", "bigint"], ["target_currency", "text"],
      ["destination_country", "text"], ["destination_port", "text"], ["incoterm", "text"], ["needed_by", "text"], ["visibility", "text"],
      ["quote_cap", "int"], ["quote_deadline", "text"], ["created_at", "text"], ["updated_at", "text"],
    ];
    await inBatches("requests", requests(options.requests, orgs.slice(SELLERS)), options.requests, (batch) =>
      unnestInsert(client, "sourcing_requests", requestColumns, batch.map((r) => requestColumns.map(([name]) => r[name as keyof BenchRequest]))),
    );

    process.stdout.write("building the full-text index and gathering statistics…\n");
    await client.query("set maintenance_work_mem = '512MB'");
    for (const { def } of indexes) await client.query(def);
    await client.query("vacuum analyze");
  } finally {
    client.release();
    await pool.end();
    await database.close();
  }
  process.stdout.write(`PostgreSQL bench database ready: ${new URL(options.pgUrl).pathname.slice(1)}\n`);
}

const options = benchOptions(process.argv.slice(2));
const started = Date.now();
await (options.pg ? seedPostgres(options) : seedSqlite(options));
process.stdout.write(`done in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
