import type { Database } from "../database.js";
import { withTransaction, type ServiceContext } from "../../graph/context.js";
import { systemContext } from "../../graph/runtime.js";
import { addListingPhoto, createListing, publishListing, type NewListing } from "../../graph/listings/service.js";
import { createSourcingRequest, type CreateSourcingRequestInput } from "../../graph/sourcing/service.js";
import { demoPhoto } from "./photos.js";
import { AMBER_NECKLACE, COCONUT_REQUEST, DESICCATED_COCONUT, FRESH_COCONUTS, GREEN_COFFEE, LED_BULBS, MILLING_WHEAT, OLIVE_OIL, STEEL_PLATE } from "./products.js";

interface DemoListing {
  seller: string;
  /** Drafts stay drafts: the RW coffee exporter is still waiting for verification and may not publish. */
  publish: boolean;
  listing: NewListing;
}

/** Goods of the six demo exporters (written out in ./products.ts, which the tests' factories share). */
export const DEMO_LISTINGS: readonly DemoListing[] = [
  { seller: "aminah@kelapa-nusantara.example", publish: true, listing: FRESH_COCONUTS },
  { seller: "aminah@kelapa-nusantara.example", publish: true, listing: DESICCATED_COCONUT },
  { seller: "li.wei@shenzhen-bright.example", publish: true, listing: LED_BULBS },
  { seller: "olga@volga-grain.example", publish: true, listing: MILLING_WHEAT },
  { seller: "olga@volga-grain.example", publish: true, listing: STEEL_PLATE },
  { seller: "carmen@olivar-andaluz.example", publish: true, listing: OLIVE_OIL },
  { seller: "piotr@baltic-amber.example", publish: true, listing: AMBER_NECKLACE },
  { seller: "jeanne@kivu-coffee.example", publish: false, listing: GREEN_COFFEE },
];

interface DemoRequest {
  buyer: string;
  /** How far ahead of the seeding day the goods are needed. */
  neededInDays: number;
  request: Omit<CreateSourcingRequestInput, "neededBy">;
}

export const DEMO_REQUESTS: readonly DemoRequest[] = [
  {
    buyer: "marta@gdansk-foods.example",
    neededInDays: 70,
    request: COCONUT_REQUEST,
  },
  {
    buyer: "marta@gdansk-foods.example",
    neededInDays: 84,
    request: {
      title: "Desiccated coconut for our bakery line",
      description: "Fine-cut desiccated coconut, high fat, 25 kg bags.",
      hsCode: "0801.11",
      keywords: ["desiccated", "coconut"],
      quantity: 8,
      unit: "TNE",
      destinationCountry: "PL",
      destinationPort: "PLGDN",
      incoterm: "CIF",
      visibility: "verified",
    },
  },
  {
    buyer: "marta@gdansk-foods.example",
    neededInDays: 90,
    request: {
      title: "Hot-rolled steel plate for our new cold store, 120 t",
      description: "S355 plate, 12–25 mm, for the frame of a cold store in Gdańsk.",
      hsCode: "7208",
      keywords: ["steel", "plate", "S355"],
      quantity: 120,
      unit: "TNE",
      destinationCountry: "PL",
      incoterm: "FCA",
      visibility: "all",
    },
  },
  {
    buyer: "khalid@riyadh-trading.example",
    neededInDays: 60,
    request: {
      title: "زيت زيتون بكر ممتاز، 20٬000 لتر إلى جدة",
      description: "زيت زيتون بكر ممتاز في علب 5 لتر، حموضة لا تزيد على 0.5 %، مع شهادة حلال.",
      hsCode: "1509.20",
      keywords: ["زيت زيتون", "olive oil"],
      quantity: 20_000,
      unit: "LTR",
      targetUnitPrice: { amount: "28.00", currency: "SAR" },
      destinationCountry: "SA",
      destinationPort: "SAJED",
      incoterm: "CFR",
      visibility: "all",
    },
  },
  {
    buyer: "khalid@riyadh-trading.example",
    neededInDays: 75,
    request: {
      title: "قمح طحين، 5٬000 طن، CFR جدة",
      description: "Milling wheat, protein ≥ 12.5 %, moisture ≤ 14 %, bulk, CFR Jeddah.",
      hsCode: "1001.99",
      keywords: ["قمح", "wheat"],
      quantity: 5000,
      unit: "TNE",
      targetUnitPrice: { amount: "245.00", currency: "USD" },
      destinationCountry: "SA",
      destinationPort: "SAJED",
      incoterm: "CFR",
      visibility: "all",
    },
  },
];

/** The demo account's organisation, as a context acting as its owner. */
export async function ownerContext(ctx: ServiceContext, email: string): Promise<ServiceContext> {
  const row = await ctx.db
    .selectFrom("users")
    .innerJoin("memberships", "memberships.user_id", "users.id")
    .select(["users.id as userId", "memberships.organisation_id as organisationId"])
    .where("users.email_normalized", "=", email)
    .executeTakeFirstOrThrow();
  return {
    ...ctx,
    viewer: { kind: "user", userId: row.userId, sessionId: null, organisationId: row.organisationId, role: "owner", isPlatformAdmin: false, customsJurisdiction: null },
  };
}

function daysAhead(now: Date, days: number): string {
  return new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The marketplace of the demo world: the coconut story (Kelapa Nusantara's coconuts and Gdańsk
 * Fresh Foods' request for 40 t CIF Gdańsk, so the demo buyer sees ranked matches at once), goods
 * of the other exporters, and requests from the Saudi buyer. Everything goes through the listings
 * and sourcing services, so every rule holds and matching sellers are notified; each listing has a
 * photo drawn in ./photos.ts.
 */
export async function seedDemoMarketplace(database: Database): Promise<void> {
  const system = systemContext(database);
  const photos = await Promise.all(DEMO_LISTINGS.map(({ listing }) => demoPhoto(listing.title)));
  await withTransaction(system, async (ctx) => {
    for (const [index, { seller, publish, listing }] of DEMO_LISTINGS.entries()) {
      const owner = await ownerContext(ctx, seller);
      const created = await createListing(owner, listing);
      const photo = photos[index];
      if (photo) await addListingPhoto(owner, created.id, photo);
      if (publish) await publishListing(owner, created.id);
    }
    const now = ctx.now();
    // Posted over the last weeks, not all at once: the exporters' demand trends then have a shape.
    for (const [index, { buyer, neededInDays, request }] of DEMO_REQUESTS.entries()) {
      const postedAt = new Date(now.getTime() - (DEMO_REQUESTS.length - 1 - index) * 12 * 86_400_000);
      await createSourcingRequest({ ...(await ownerContext(ctx, buyer)), now: () => postedAt }, { ...request, neededBy: daysAhead(now, neededInDays) });
    }
  });
}
