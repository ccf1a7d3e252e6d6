import { describe, expect, it } from "vitest";
import {
  airWaybillNumber,
  chargeableWeightKg,
  awbCheckDigit,
  documentNumber,
  isValidAirWaybillNumber,
  lineOriginProblem,
  originFormFor,
  packageVolumeM3,
  postalForm,
  requiredDocuments,
  snapshotProblems,
} from "../../graph/documents/rules.js";
import { invoiceTotalMinor, sumKg, type DocumentSnapshot, type LineSnapshot } from "../../graph/documents/snapshot.js";

const line = (over: Partial<LineSnapshot> = {}): LineSnapshot => ({
  lineNo: 1,
  description: "Desiccated coconut, fine grade",
  hsCode: "080111",
  originCountry: "MY",
  quantity: "20000",
  unit: "KGM",
  unitPriceMinor: 420,
  amountMinor: 8_400_000,
  netWeightKg: "20000.000",
  grossWeightKg: "20400.500",
  ...over,
});

const party = { organisationId: null, name: "x", addressLines: [], country: "MY" };
const snapshot = (over: Partial<DocumentSnapshot> = {}): DocumentSnapshot => ({
  orderId: "ord_1",
  orderReference: "ORD-1",
  shipmentId: "shp_1",
  currency: "PLN",
  incoterm: "CIF",
  incotermPlace: "Gdańsk",
  paymentTerms: "30 days",
  seller: party,
  buyer: { ...party, country: "PL" },
  consignee: { ...party, country: "PL" },
  originCountry: "MY",
  destinationCountry: "PL",
  mode: "sea",
  transport: {},
  lines: [line()],
  packages: [],
  signatory: { name: "A", title: "B", place: "C" },
  ...over,
});

describe("air waybill numbers", () => {
  it.each([
    ["1234567", 5],
    ["0000000", 0],
    ["9999999", 2],
    ["5678901", 5678901 % 7],
  ])("serial %s has check digit %i (serial mod 7)", (serial, digit) => {
    expect(awbCheckDigit(serial)).toBe(digit);
  });

  it("writes the airline prefix, the serial and its check digit, and recognises a mistyped one", () => {
    expect(airWaybillNumber("176", "1234567")).toBe("176-12345675");
    expect(isValidAirWaybillNumber("176-12345675")).toBe(true);
    expect(isValidAirWaybillNumber("176-12345674")).toBe(false);
    expect(() => airWaybillNumber("17", "1234567")).toThrow();
  });
});

describe("postal declarations", () => {
  it.each([
    [299_99, "CN22"],
    [300_00, "CN22"],
    [300_01, "CN23"],
  ])("%i hundredths of an SDR take %s", (value, form) => {
    expect(postalForm(value)).toBe(form);
  });
});

describe("certificates of origin per lane", () => {
  it.each([
    ["CN", "MY", "form_e"],
    ["TH", "CN", "form_e"],
    ["MY", "PL", "non_preferential"],
    ["DE", "CH", "eur1"],
    ["MA", "FR", "eur1"],
    ["US", "DE", "non_preferential"],
  ])("%s → %s takes %s", (origin, destination, form) => {
    expect(originFormFor(origin, destination)).toBe(form);
  });

  it.each([
    [{ originCriterion: "WO" as const }, null],
    [{ originCriterion: "CTH" as const }, null],
    [{ originCriterion: null }, "ORIGIN_CRITERION_REQUIRED"],
    [{ originCriterion: "RVC" as const, rvcPercent: 39, fobValueMinor: 100 }, "RVC_BELOW_40"],
    [{ originCriterion: "RVC" as const, rvcPercent: 40, fobValueMinor: null }, "FOB_VALUE_REQUIRED"],
    [{ originCriterion: "RVC" as const, rvcPercent: 40, fobValueMinor: 100 }, null],
  ])("line %j: %s", (over, problem) => {
    expect(lineOriginProblem(line(over))).toBe(problem);
  });
});

describe("which documents a shipment needs", () => {
  it("by sea from Malaysia to Poland: invoice, packing list, origin, bill of lading", () => {
    expect(requiredDocuments("MY", "PL", "sea").map((d) => d.kind)).toEqual([
      "commercial_invoice",
      "packing_list",
      "certificate_of_origin",
      "bill_of_lading",
    ]);
  });

  it("by air: an air waybill; by post: a CN22/CN23 with the invoice", () => {
    expect(requiredDocuments("CN", "MY", "air").map((d) => d.kind)).toContain("air_waybill");
    expect(requiredDocuments("CN", "MY", "air").find((d) => d.kind === "certificate_of_origin")?.reason).toBe("PREFERENTIAL_ORIGIN");
    expect(requiredDocuments("MY", "PL", "post").map((d) => d.kind)).toEqual(["commercial_invoice", "postal_declaration"]);
  });

  it("refuses a shipment with no packages, a bill of lading for air, a Form E line without criterion", () => {
    expect(snapshotProblems("packing_list", snapshot())).toEqual(["NO_PACKAGES"]);
    expect(snapshotProblems("bill_of_lading", snapshot({ mode: "air" }))).toContain("NOT_SEA");
    expect(snapshotProblems("air_waybill", snapshot({ mode: "air" }))).toContain("AWB_NUMBER_MISSING");
    expect(snapshotProblems("certificate_of_origin", snapshot({ originCountry: "CN", destinationCountry: "MY" }))).toContain(
      "ORIGIN_CRITERION_REQUIRED",
    );
  });
});

describe("numbers and totals", () => {
  it("numbers documents per kind and year", () => {
    expect(documentNumber("commercial_invoice", 2026, 123)).toBe("CI-2026-000123");
    expect(documentNumber("air_waybill", 2027, 1)).toBe("AWB-2027-000001");
  });

  it("adds weights exactly and freight and insurance to the invoice total", () => {
    expect(sumKg(["20400.500", "0.250", "1"])).toBe("20401.750");
    expect(invoiceTotalMinor(snapshot({ freightMinor: 100, insuranceMinor: 10 }))).toBe(8_400_110);
  });
});

describe("air freight weights", () => {
  const pkg = (grossWeightKg: string, cm: [number, number, number]) => ({
    number: "1", typeCode: "CT", typeName: "Carton", marks: "", contents: "", quantity: "1", netWeightKg: grossWeightKg,
    grossWeightKg, lengthCm: cm[0], widthCm: cm[1], heightCm: cm[2], lineNos: [1],
  });

  it.each([
    // A dense pallet of coconut oil: charged by its weight.
    [[pkg("432.500", [120, 100, 160])], "432.5"],
    // A light carton of desiccated coconut: 60×40×40 cm is 16 kg by volume, more than its 9.2 kg.
    [[pkg("9.200", [60, 40, 40])], "16.0"],
    // Rounded up to the next half kilogram.
    [[pkg("10.010", [10, 10, 10])], "10.5"],
    [[pkg("5.000", [60, 40, 40]), pkg("20.000", [10, 10, 10])], "25.0"],
  ])("chargeable weight of %j is %s kg", (packages, expected) => {
    expect(chargeableWeightKg(packages)).toBe(expected);
  });

  it("measures a pallet's volume in cubic metres", () => {
    expect(packageVolumeM3(pkg("1", [120, 100, 160]))).toBeCloseTo(1.92, 6);
  });
});
