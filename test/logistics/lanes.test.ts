import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DomainError, UserInputProblems } from "../../graph/errors.js";
import { estimateLanes, withEstimates, type Lane } from "../../graph/logistics/lanes.js";
import { laneBook, listLanes, setLane } from "../../graph/logistics/service.js";
import { ADMIN_EMAIL, adminOf } from "../support/companies.js";
import { describeEachDatabase } from "../support/db.js";
import { errorOf } from "../support/errors.js";
import { startApi, type RunningApi } from "../support/http.js";
import { ctxAs, GOOD_PASSWORD, ownerOf } from "../support/identity.js";
import { NOW } from "./support.js";

const lane = (mode: Lane["mode"], min: number, max: number): Lane => ({
  origin: "MY",
  destination: "PL",
  mode,
  transitDaysMin: min,
  transitDaysMax: max,
  source: "test",
  estimated: false,
});

describe("lanes estimated from the regions", () => {
  it("falls back to estimates by region for a pair nobody tabled, and says so", () => {
    expect(estimateLanes("VN", "PT").map((l) => [l.mode, l.transitDaysMin, l.transitDaysMax, l.estimated])).toEqual([
      ["sea", 22, 35, true],
      ["air", 2, 5, true],
    ]);
    // Rwanda has no coast: the sea estimate adds the road leg to the port.
    expect(estimateLanes("RW", "BE")[0]).toMatchObject({ mode: "sea", transitDaysMin: 23, transitDaysMax: 47 });
    // Within one country, goods go by road.
    expect(estimateLanes("PL", "PL").map((l) => [l.mode, l.transitDaysMin, l.transitDaysMax])).toEqual([["road", 1, 3]]);
  });

  it("lets a tabled lane win over the estimate of its mode only", () => {
    expect(withEstimates("MY", "PL", [lane("sea", 28, 38)]).map((l) => [l.mode, l.estimated])).toEqual([
      ["sea", false],
      ["air", true],
    ]);
  });
});

describeEachDatabase("lanes, kept by the platform admin", (db) => {
  it("ships with tabled lanes both ways, and estimates for pairs nobody tabled", async () => {
    const anyone = ctxAs(db());
    expect(await listLanes(anyone, { origin: "MY", destination: "PL" })).toEqual([
      expect.objectContaining({ mode: "air", transitDaysMin: 2, transitDaysMax: 5, estimated: false }),
      expect.objectContaining({ mode: "express", transitDaysMin: 3, transitDaysMax: 6 }),
      expect.objectContaining({ mode: "postal", transitDaysMin: 7, transitDaysMax: 14 }),
      expect.objectContaining({
        mode: "sea",
        transitDaysMin: 28,
        transitDaysMax: 38,
        estimated: false,
        tariff: expect.objectContaining({ cutoffWeekday: 4, ratePerTonneMinor: 11_500, currency: "USD", carrierLabel: expect.stringContaining("Port Klang (MYPKG) → Gdańsk (PLGDN)") }),
      }),
    ]);
    // The postal line runs one way.
    expect((await listLanes(anyone, { origin: "PL", destination: "MY" })).map((l) => l.mode)).toEqual(["air", "express", "sea"]);
    expect((await listLanes(anyone, { origin: "CN", destination: "PL" })).map((l) => l.mode)).toEqual(["air", "express", "postal", "rail", "sea"]);
    expect(await listLanes(anyone, { origin: "RW", destination: "SA" })).toEqual([
      expect.objectContaining({ mode: "air", transitDaysMin: 2, transitDaysMax: 4 }),
      expect.objectContaining({ mode: "sea", transitDaysMin: 20, transitDaysMax: 32, source: expect.stringContaining("Mombasa") }),
    ]);
    expect((await listLanes(anyone, { origin: "VN", destination: "PT" })).every((l) => l.estimated)).toBe(true);
  });

  it("reads the lanes of many pairs at once for a ranking, estimates included", async () => {
    const book = await laneBook(ctxAs(db()), { destinations: ["PL"] });
    expect(book.lanesFor("MY", "PL").map((l) => [l.mode, l.estimated])).toEqual([
      ["air", false],
      ["express", false],
      ["postal", false],
      ["sea", false],
    ]);
    expect(book.lanesFor("VN", "PL").every((l) => l.estimated)).toBe(true);
  });

  it("lets only the admin correct a lane, with the reasons when the input is wrong, and changes nothing then", async () => {
    const admin = await adminOf(db(), NOW);
    const seller = await ownerOf(db());
    const refused = await errorOf(setLane(seller.ctx, { origin: "MY", destination: "PL", mode: "sea", transitDaysMin: 1, transitDaysMax: 2, source: "x" }));
    expect((refused as DomainError).code).toBe("FORBIDDEN");
    const teleport = await errorOf(setLane(admin, { origin: "MY", destination: "PL", mode: "teleport", transitDaysMin: 1, transitDaysMax: 2, source: "x" }));
    expect((teleport as UserInputProblems).problems.map((p) => [p.field, p.code])).toEqual([["mode", "LANE_MODE_UNKNOWN"]]);
    const backwards = await errorOf(setLane(admin, { origin: "MY", destination: "PL", mode: "sea", transitDaysMin: 9, transitDaysMax: 2, source: "x" }));
    expect((backwards as UserInputProblems).problems.map((p) => [p.field, p.code])).toEqual([["transitDaysMax", "TRANSIT_DAYS_ORDER"]]);
    expect(await listLanes(admin, { origin: "MY", destination: "PL" })).toContainEqual(expect.objectContaining({ mode: "sea", transitDaysMin: 28, transitDaysMax: 38 }));

    await setLane(admin, { origin: "MY", destination: "PL", mode: "sea", transitDaysMin: 45, transitDaysMax: 60, source: "carrier notice: Red Sea diversion via the Cape" });
    expect(await listLanes(admin, { origin: "MY", destination: "PL" })).toContainEqual(
      expect.objectContaining({ mode: "sea", transitDaysMin: 45, transitDaysMax: 60, source: "carrier notice: Red Sea diversion via the Cape" }),
    );
  });
});

const LANES = /* GraphQL */ `query Lanes($o: String, $d: String) { lanes(origin: $o, destination: $d) { mode transitDaysMin transitDaysMax estimated ratePerChargeableKg rateCurrency } }`;
const SET_LANE = /* GraphQL */ `
  mutation Lane($input: SetLaneInput!) { setLane(input: $input) { lane { origin destination mode transitDaysMin transitDaysMax } userErrors { field code message } } }
`;

describeEachDatabase("lanes over GraphQL", (db) => {
  let api: RunningApi;
  beforeEach(async () => {
    api = await startApi(db());
  });
  afterEach(async () => {
    await api.close();
  });

  it("shows anyone the transit times, and lets only the admin set them", async () => {
    const lanes = (await api.client().graphql(LANES, { o: "RW", d: "PL" })).body.data.lanes;
    expect(lanes).toEqual([
      { mode: "AIR", transitDaysMin: 3, transitDaysMax: 6, estimated: false, ratePerChargeableKg: "3.6", rateCurrency: "USD" },
      { mode: "EXPRESS", transitDaysMin: 4, transitDaysMax: 8, estimated: false, ratePerChargeableKg: "9.3", rateCurrency: "USD" },
      { mode: "SEA", transitDaysMin: 38, transitDaysMax: 52, estimated: false, ratePerChargeableKg: "0.144", rateCurrency: "USD" },
    ]);
    const input = { origin: "VN", destination: "PL", mode: "SEA", transitDaysMin: 30, transitDaysMax: 40, source: "carrier schedule" };
    const anonymous = await api.client().graphql(SET_LANE, { input });
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");

    await adminOf(db(), NOW);
    const platform = api.client();
    const signedIn = await platform.graphql(`mutation { signIn(input: { email: "${ADMIN_EMAIL}", password: "${GOOD_PASSWORD}" }) { userErrors { code } } }`);
    expect(signedIn.body.data.signIn.userErrors).toEqual([]);
    const lane = await platform.graphql(SET_LANE, { input });
    expect(lane.body.data.setLane).toEqual({ lane: { origin: "VN", destination: "PL", mode: "SEA", transitDaysMin: 30, transitDaysMax: 40 }, userErrors: [] });
    const multimodal = await platform.graphql(SET_LANE, { input: { ...input, mode: "MULTIMODAL" } });
    expect(multimodal.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
