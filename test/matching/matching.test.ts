import { expect, it } from "vitest";
import { DomainError } from "../../graph/errors.js";
import { inbox } from "../../graph/inbox/service.js";
import {
  explainMatch,
  leadsForListing,
  matchesForRequest,
  myLeads,
  notifyMatchingSellers,
} from "../../graph/matching/service.js";
import { setLane } from "../../graph/logistics/service.js";
import { createSourcingRequest } from "../../graph/sourcing/service.js";
import { describeEachDatabase } from "../support/db.js";
import { company } from "../support/companies.js";
import { errorOf } from "../support/errors.js";
import { coconutsInUsd, desiccated, listed, mangoes, oliveOilInEnglish, steelPlate } from "../support/listings.js";
import { NOW, world } from "../support/matching.js";
import { coconutRequest } from "../support/sourcing.js";

const texts = (match: { reasons: { text: string }[] }) => match.reasons.map((r) => r.text);

describeEachDatabase("matching listings to a sourcing request", (db) => {
  it("ranks the Malaysian coconuts first for 40 t CIF Gdańsk, with the reasons in words and the price in złoty", async () => {
    const w = await world(db());
    const coco = await listed(w.kelapa, coconutsInUsd());
    const dry = await listed(w.mekong, desiccated());
    await listed(w.kelapa, mangoes({ originCountry: "MY", shipFromPort: "MYPKG", incoterms: [{ code: "FOB", namedPlace: "Port Klang" }] }));
    await listed(w.kelapa, oliveOilInEnglish({ originCountry: "MY", shipFromPort: "MYPKG" }));
    const request = await createSourcingRequest(w.buyer.ctx, coconutRequest());

    const matches = await matchesForRequest(w.buyer.ctx, request.id, 10);
    expect(matches.map((m) => m.listing.title)).toEqual(["Fresh husked coconuts, Grade A", "Desiccated coconut, fine grade", "Dried mango slices"]);
    const [first, second] = matches;
    expect(first!.listing.id).toBe(coco.id);
    expect(first!.score).toBeGreaterThan(second!.score);
    expect(texts(first!)).toEqual([
      "same HS subheading 0801.19",
      "3 of your 6 words match: fresh, coconut, husked",
      "MOQ 5 t ≤ your 40 t",
      "price 10 % under target",
      "arrives in 42–52 days by sea, before Feb 5, 2027",
      "offers CIF Gdańsk (PLGDN)",
      "verified seller",
    ]);
    expect(first!.delivery).toMatchObject({ mode: "sea", earliest: "2027-01-08", latest: "2027-01-18", onTime: "yes", estimated: false });
    // 1,180.00 USD a tonne (the 20 t tier) at 3.655 PLN to the dollar, rate of 20 November.
    expect(first!.unitPrice).toEqual({ amountMinor: 118_000, currency: "USD" });
    expect(first!.convertedUnitPrice).toMatchObject({ to: { amountMinor: 431_290, currency: "PLN" }, rate: "3.655", asOf: "2026-11-20" });

    expect(second!.listing.id).toBe(dry.id);
    expect(texts(second!)).toContain("same HS heading 0801");
    expect(texts(second!)).toContain("MOQ 1 t ≤ your 40 t");
    // Vietnam to Poland is not tabled: the lane comes from the regions, and says so.
    expect(texts(second!).find((t) => t.startsWith("arrives"))).toMatch(/\(transit time estimated from the regions\)$/);
  });

  it("finds candidates by full text when the request names no HS code", async () => {
    const w = await world(db());
    const dry = await listed(w.mekong, desiccated());
    const coco = await listed(w.kelapa, coconutsInUsd());
    await listed(w.kelapa, oliveOilInEnglish({ originCountry: "MY", shipFromPort: "MYPKG" }));
    const request = await createSourcingRequest(
      w.buyer.ctx,
      coconutRequest({ title: "Desiccated coconut flakes for bakery", keywords: ["desiccated"], hsCode: null, quantity: 8, targetUnitPrice: null, incoterm: "FOB", destinationPort: null }),
    );
    const matches = await matchesForRequest(w.buyer.ctx, request.id);
    expect(matches.map((m) => m.listing.id)).toEqual([dry.id, coco.id]);
    expect(matches[0]!.signals.find((s) => s.name === "hsCode")).toMatchObject({ applicable: false });
    expect(texts(matches[0]!)).toContain("2 of your 4 words match: desiccated, coconut");
  });

  it("leaves an embargoed lane out of the ranking, and explains why when asked", async () => {
    const w = await world(db());
    const plate = await listed(w.volga, steelPlate());
    const request = await createSourcingRequest(
      w.buyer.ctx,
      coconutRequest({ title: "Steel plate S355", keywords: ["steel", "plate"], hsCode: "7208", quantity: 200, targetUnitPrice: null, incoterm: "FCA", destinationPort: null }),
    );
    expect(await matchesForRequest(w.buyer.ctx, request.id)).toEqual([]);

    const explained = await explainMatch(w.buyer.ctx, request.id, plate.id);
    expect(explained).toMatchObject({ score: 0, excluded: true });
    expect(texts(explained)).toEqual([
      expect.stringMatching(/^embargoed lane: RU → PL for HS 72, since Mar 16, 2022 \(Council Regulation \(EU\) No 833\/2014, Article 3g/),
    ]);

    // The same plate to Saudi Arabia is fine.
    const jeddah = await createSourcingRequest(
      w.buyer.ctx,
      coconutRequest({ title: "Steel plate S355", keywords: ["steel", "plate"], hsCode: "7208", quantity: 200, targetUnitPrice: null, incoterm: "FCA", destinationCountry: "SA", destinationPort: "SAJED" }),
    );
    expect((await matchesForRequest(w.buyer.ctx, jeddah.id)).map((m) => m.listing.id)).toEqual([plate.id]);
  });

  it("prefers the listing that arrives before the needed-by date, and says which one will not", async () => {
    const w = await world(db());
    const quick = await listed(w.kelapa, coconutsInUsd({ title: "Coconuts, ready stock", leadTimeDays: 5 }));
    const slow = await listed(w.kelapa, coconutsInUsd({ title: "Coconuts, next harvest", leadTimeDays: 45 }));
    const request = await createSourcingRequest(w.buyer.ctx, coconutRequest({ neededBy: "2027-01-20" }));
    const matches = await matchesForRequest(w.buyer.ctx, request.id);
    expect(matches.map((m) => m.listing.id)).toEqual([quick.id, slow.id]);
    // 5 + 28–38 days from 27 November: 30 Dec to 9 Jan; 45 + 28–38: 8 to 18 Feb.
    expect(texts(matches[0]!)).toContain("arrives in 33–43 days by sea, before Jan 20, 2027");
    expect(texts(matches[1]!)).toContain("arrives in 73–83 days by sea, after Jan 20, 2027");
    expect(matches[1]!.signals.find((s) => s.name === "lane")!.value).toBe(0);
  });

  it("shows a verified-only request to verified sellers only, and a buyer's request to no other buyer", async () => {
    const w = await world(db());
    const fromManila = await listed(w.manila, mangoes(), false);
    const coco = await listed(w.kelapa, coconutsInUsd());
    const request = await createSourcingRequest(w.buyer.ctx, coconutRequest({ visibility: "verified" }));
    expect((await matchesForRequest(w.buyer.ctx, request.id)).map((m) => m.listing.id)).toEqual([coco.id]);

    expect((await leadsForListing(w.kelapa.ctx, coco.id)).map((m) => m.requestId)).toEqual([request.id]);
    expect(await leadsForListing(w.manila.ctx, fromManila.id)).toEqual([]);

    const rival = await company(db(), { email: "rival@buyer.example", legalName: "Rival Foods", country: "PL", kind: "buyer" }, NOW);
    const hidden = await errorOf(matchesForRequest(rival.ctx, request.id));
    expect(hidden).toBeInstanceOf(DomainError);
    expect((hidden as DomainError).code).toBe("NOT_FOUND");
    expect(((await errorOf(leadsForListing(rival.ctx, coco.id))) as DomainError).code).toBe("NOT_FOUND");
  });

  it("gives an exporter its leads, each with the listing that fits best", async () => {
    const w = await world(db());
    const coco = await listed(w.kelapa, coconutsInUsd());
    const mango = await listed(w.kelapa, mangoes({ originCountry: "MY", shipFromPort: "MYPKG" }));
    const coconutsWanted = await createSourcingRequest(w.buyer.ctx, coconutRequest());
    const mangoesWanted = await createSourcingRequest(
      w.buyer.ctx,
      coconutRequest({ title: "Dried mango", keywords: ["mango"], hsCode: "080450", quantity: 2, targetUnitPrice: null, incoterm: "FOB", destinationPort: null }),
    );
    const leads = await myLeads(w.kelapa.ctx, 10);
    expect(leads.map((l) => [l.requestId, l.listing.id])).toEqual([
      [mangoesWanted.id, mango.id],
      [coconutsWanted.id, coco.id],
    ]);
    expect(texts(leads[0]!)).toContain("same HS subheading 0804.50");
    // No target price: nothing to convert. With one, the seller sees its price in the buyer's currency.
    expect(leads[0]!.convertedUnitPrice).toBeNull();
    expect(leads[1]!.convertedUnitPrice).toMatchObject({ to: { currency: "PLN" } });
  });
});

describeEachDatabase("telling sellers about a new request", (db) => {
  it("notifies each seller scoring above the threshold, once, in its inbox and by e-mail", async () => {
    const w = await world(db());
    await listed(w.kelapa, coconutsInUsd());
    await listed(w.kelapa, coconutsInUsd({ title: "Coconuts, second grade" }));
    await listed(w.mekong, mangoes({ originCountry: "VN", shipFromPort: "VNSGN" }));
    // Creating the request tells the sellers in the same transaction.
    const request = await createSourcingRequest(w.buyer.ctx, coconutRequest());
    expect(await notifyMatchingSellers(w.buyer.ctx, request.id)).toEqual([]);

    const kelapaInbox = await inbox(w.kelapa.ctx, { first: 10 });
    expect(kelapaInbox.edges.map((e) => [e.node.kind, e.node.subjectId])).toEqual([["REQUEST_MATCHED", request.id]]);
    expect(kelapaInbox.edges[0]!.node.payload).toMatchObject({ requestId: request.id, requestTitle: "Fresh coconuts for the Polish retail market" });
    expect((await inbox(w.mekong.ctx, { first: 10 })).edges.filter((e) => e.node.kind === "REQUEST_MATCHED")).toEqual([]);
    const mails = await db().db.selectFrom("outbox").select(["recipient", "kind"]).where("kind", "=", "REQUEST_MATCHED").execute();
    expect(mails).toEqual([{ recipient: "aminah@kelapa.example", kind: "REQUEST_MATCHED" }]);
  });

  it("only the buyer (or the platform) may send the notifications of its request", async () => {
    const w = await world(db());
    const request = await createSourcingRequest(w.buyer.ctx, coconutRequest());
    expect(((await errorOf(notifyMatchingSellers(w.kelapa.ctx, request.id))) as DomainError).code).toBe("NOT_FOUND");
    expect(await notifyMatchingSellers(w.admin, request.id)).toEqual([]);
  });
});

describeEachDatabase("lanes corrected by the platform admin", (db) => {
  it("an admin corrects a lane's transit days and deliveries follow", async () => {
    const w = await world(db());
    await listed(w.kelapa, coconutsInUsd());
    const request = await createSourcingRequest(w.buyer.ctx, coconutRequest());
    await setLane(w.admin, { origin: "MY", destination: "PL", mode: "sea", transitDaysMin: 45, transitDaysMax: 60, source: "carrier notice: Red Sea diversion via the Cape" });
    const [match] = await matchesForRequest(w.buyer.ctx, request.id);
    // 14 + 45–60 days from 27 November: 25 January to 9 February, around the needed-by date of 5 February.
    expect(match!.delivery).toMatchObject({ transitDaysMin: 45, transitDaysMax: 60, onTime: "maybe", source: "carrier notice: Red Sea diversion via the Cape" });
    expect(texts(match!)).toContain("arrives in 59–74 days by sea: may miss Feb 5, 2027");
  });
});
