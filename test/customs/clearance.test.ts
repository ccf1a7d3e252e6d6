import { describe, expect, it } from "vitest";
import { borderOf, mayDecide, nextDecisions, reasonRequired, trackingCodeFor, type ClearanceDecision, type ClearanceStatus } from "../../graph/customs/clearance.js";

describe("clearance at one border", () => {
  it.each<[ClearanceStatus, ClearanceDecision, boolean]>([
    ["pending", "cleared", true],
    ["pending", "held", true],
    ["pending", "released", false],
    ["held", "released", true],
    ["held", "held", false],
    ["held", "cleared", false],
    ["released", "held", true],
    ["released", "cleared", false],
    ["released", "released", false],
    ["cleared", "held", true],
    ["cleared", "released", false],
    ["cleared", "cleared", false],
  ])("%s, then %s: %s", (from, decision, allowed) => {
    expect(mayDecide(from, decision)).toBe(allowed);
    expect(nextDecisions(from).includes(decision)).toBe(allowed);
  });

  it("a hold needs a reason, the others do not", () => {
    expect(["cleared", "held", "released"].filter((d) => reasonRequired(d as ClearanceDecision))).toEqual(["held"]);
  });
});

describe("which border an officer watches", () => {
  const coconuts = { exportCountry: "MY", importCountry: "PL" };
  it.each([
    ["MY", "export"],
    ["PL", "import"],
    ["DE", null],
  ])("a MY→PL shipment seen from %s: %s", (jurisdiction, border) => {
    expect(borderOf(coconuts, jurisdiction)).toBe(border);
  });

  it.each<[ClearanceDecision, "export" | "import", string]>([
    ["cleared", "export", "export_cleared"],
    ["cleared", "import", "import_cleared"],
    ["held", "import", "held_by_customs"],
    ["released", "import", "released"],
  ])("%s at the %s border writes %s into the tracking", (decision, border, code) => {
    expect(trackingCodeFor(decision, border)).toBe(code);
  });
});
