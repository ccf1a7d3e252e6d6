import type { LogEvent } from "kysely";
import { afterEach, expect, it } from "vitest";
import { SEARCH_LISTINGS } from "../../app/operations/listings.js";
import type { Database } from "../../db/database.js";
import { contextFor, createApollo } from "../../graph/api.js";
import type { GraphContext } from "../../graph/context.js";
import { convertMoney } from "../../graph/fx/service.js";
import { moneyOut, parseMinor } from "../../graph/shared/money.js";
import { exporter } from "../support/companies.js";
import { freshDatabase, TEST_DIALECTS } from "../support/db.js";
import { coconuts, ledLamps, listed, oliveOil } from "../support/listings.js";
import { loadReferenceData } from "../support/reference.js";

const noCookies = { set: () => undefined, clear: () => undefined };

/** Every statement Kysely sends, while `counting` is on. */
class StatementLog {
  counting = false;
  readonly statements: string[] = [];
  readonly hook = (event: LogEvent) => {
    if (this.counting && event.level === "query") this.statements.push(event.query.sql);
  };
}

let open: Database | undefined;
afterEach(async () => {
  await open?.close();
  open = undefined;
});

for (const dialect of TEST_DIALECTS) {
  it(`a catalogue page of 20 listings from four sellers in three currencies, priced in złoty, is one operation of at most 6 statements [${dialect}]`, async () => {
    const log = new StatementLog();
    const database = (open = await freshDatabase(dialect, { log: log.hook }));
    await loadReferenceData(database);
    const sellers = [
      { company: await exporter(database, { verified: true }), listing: coconuts },
      { company: await exporter(database, { verified: true, email: "lucia@olivar.example", country: "ES" }), listing: oliveOil },
      { company: await exporter(database, { verified: true, email: "li@bright.example", country: "CN" }), listing: ledLamps },
      { company: await exporter(database, { verified: true, email: "wei@lumen.example", country: "CN" }), listing: ledLamps },
    ];
    for (let n = 0; n < 20; n++) {
      const { company, listing } = sellers[n % sellers.length]!;
      await listed(company, listing({ externalRef: `REF-${n}`, photos: undefined } as never));
    }

    const apollo = createApollo({ production: false });
    await apollo.start();
    try {
      const visitor: GraphContext = await contextFor(
        database,
        { sessionToken: null, authorization: null, acceptLanguage: "pl", chosenLocale: null, ip: "203.0.113.7", userAgent: "vitest" },
        noCookies,
      );
      log.counting = true;
      const response = await apollo.executeOperation(
        { query: SEARCH_LISTINGS, variables: { query: null, filters: {}, sort: "RELEVANCE", first: 20, viewerCurrency: "PLN", convert: true } },
        { contextValue: visitor },
      );
      log.counting = false;
      if (response.body.kind !== "single") throw new Error("single result expected");
      const { data, errors } = response.body.singleResult as { data: any; errors?: unknown };
      expect(errors).toBeUndefined();
      expect(data.searchListings.edges).toHaveLength(20);
      expect(log.statements.length).toBeLessThanOrEqual(6);
      // Finding and counting the matches reads the search index, which PostgreSQL keeps in listings itself;
      // the page's own reads are one statement per table.
      for (const table of ["listing_price_tiers", "listing_photos", "organisations", "sale_event_prices", "fx_rates"]) {
        expect(log.statements.filter((s) => new RegExp(`from "?${table}"?\\b`).test(s)), table).toHaveLength(1);
      }

      // The złoty prices are the ones convertMoney gives, price by price (a cross rate through USD).
      for (const { node } of data.searchListings.edges) {
        const minor = parseMinor(node.priceFrom.amount, node.priceFrom.currency);
        if (!minor.ok) throw new Error("the API answered an unparseable amount");
        const expected = await convertMoney(visitor, { amountMinor: minor.value, currency: node.priceFrom.currency }, "PLN");
        expect(node.priceInViewerCurrency.inCurrency).toEqual({ to: moneyOut(expected.to), rate: expected.rate, rateDate: expected.asOf });
      }
      expect(new Set(data.searchListings.edges.map((e: any) => e.node.seller.id)).size).toBe(4);
    } finally {
      await apollo.stop();
    }
  });
}
