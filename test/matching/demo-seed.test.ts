import { expect, it } from "vitest";
import { DEMO_PASSWORD, seedDemoWorld } from "../../db/seed/index.js";
import { inbox } from "../../graph/inbox/service.js";
import { explainMatch, matchesForRequest, myLeads } from "../../graph/matching/service.js";
import { mySourcingRequests } from "../../graph/sourcing/service.js";
import { describeEachDatabase } from "../support/db.js";
import { signedIn } from "../support/companies.js";

describeEachDatabase("the demo marketplace", (db) => {
  it("greets the demo buyer with ranked matches for its coconut request, and tells the coconut seller", async () => {
    expect(await seedDemoWorld(db())).toBe(true);
    const marta = await signedIn(db(), "marta@gdansk-foods.example", { password: DEMO_PASSWORD });
    const requests = (await mySourcingRequests(marta, { first: 10 })).edges.map((e) => e.node);
    const coconuts = requests.find((r) => r.hsCode === "080119")!;
    expect(coconuts).toMatchObject({ quantity: 40, unit: "TNE", destinationPort: "PLGDN", incoterm: "CIF", status: "open" });

    const matches = await matchesForRequest(marta, coconuts.id);
    expect(matches.map((m) => m.listing.title)).toEqual(["Fresh semi-husked coconuts, Grade A", "Desiccated coconut, fine grade"]);
    expect(matches[0]!.reasons.map((r) => r.text)).toEqual(
      expect.arrayContaining(["same HS subheading 0801.19", "MOQ 5 t ≤ your 40 t", "price 10 % under target", "offers CIF Gdańsk (PLGDN)"]),
    );
    expect(matches[0]!.convertedUnitPrice).toMatchObject({ to: { currency: "PLN" }, rate: "3.655" });
    // Every demo listing shows a photo, with the variants a catalogue card and a gallery ask for.
    expect(matches[0]!.listing.photos).toEqual([expect.objectContaining({ contentType: "image/jpeg", width: 1280, height: 960, srcset: expect.stringContaining("?w=640 640w") })]);
    const photoless = await db().db.selectFrom("listings").select("title").where((eb) => eb.not(eb.exists(eb.selectFrom("listing_photos").select("id").whereRef("listing_photos.listing_id", "=", "listings.id")))).execute();
    expect(photoless).toEqual([]);

    // The steel plate request finds nothing: Russian steel into the EU is embargoed, and the reason is there when asked.
    const steel = requests.find((r) => r.hsCode === "7208")!;
    expect(await matchesForRequest(marta, steel.id)).toEqual([]);
    const plate = await db().db.selectFrom("listings").select("id").where("external_ref", "=", "VG-PLATE-S355").executeTakeFirstOrThrow();
    const why = await explainMatch(marta, steel.id, plate.id);
    expect(why.excluded).toBe(true);
    expect(why.reasons[0]!.text).toMatch(/^embargoed lane: RU → PL for HS 72/);

    const aminah = await signedIn(db(), "aminah@kelapa-nusantara.example", { password: DEMO_PASSWORD });
    expect((await inbox(aminah, { first: 10 })).edges.map((e) => [e.node.kind, e.node.subjectId])).toContainEqual(["REQUEST_MATCHED", coconuts.id]);
    expect((await myLeads(aminah)).map((m) => m.requestId)).toContain(coconuts.id);
  });

  it("matches the Saudi buyer's Arabic olive oil request with the Spanish oil, and keeps the Rwandan coffee a draft", async () => {
    await seedDemoWorld(db());
    const khalid = await signedIn(db(), "khalid@riyadh-trading.example", { password: DEMO_PASSWORD });
    const oil = (await mySourcingRequests(khalid, { first: 10 })).edges.map((e) => e.node).find((r) => r.hsCode === "150920")!;
    const [best] = await matchesForRequest(khalid, oil.id);
    expect(best!.listing.externalRef).toBeNull();
    expect(best!.listing.title).toBe("Aceite de oliva virgen extra, Picual, latas de 5 l");
    expect(best!.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(["hsSubheading", "textMatch", "priceUnder", "incotermOffered"]));
    const coffee = await db().db.selectFrom("listings").select("status").where("external_ref", "=", "KHC-BOURBON-A").executeTakeFirstOrThrow();
    expect(coffee.status).toBe("draft");
    expect(await seedDemoWorld(db())).toBe(false);
  });
});
