import { describe, expect, it } from "vitest";
import { allowedSize, packagesSize, quantityProblems, sizeProblems, type ShippableLine } from "../../graph/logistics/shipment-rules.js";

const coconuts: ShippableLine = { id: "ord_1#1", quantity: 40, shippedQuantity: 10, netWeightKg: 40_000, grossWeightKg: 41_200, volumeM3: 96 };
const pallet = { count: 1, packageType: "PX", grossWeightKg: 1030, netWeightKg: 1000, lengthCm: 120, widthCm: 100, heightCm: 200, marks: null };

describe("a shipment's size against its order", () => {
  it("adds up packages by count", () => {
    expect(packagesSize([{ ...pallet, count: 20 }, { ...pallet, count: 2, grossWeightKg: 500, netWeightKg: 480, heightCm: 100 }])).toEqual({ grossWeightKg: 21_600, netWeightKg: 20_960, volumeM3: 50.4 });
  });

  it.each([
    ["20 pallets for 20 t", 20, 20, []],
    ["21 pallets for 20 t: within the 5 % of rounding", 21, 20, []],
    ["22 pallets for 20 t", 22, 20, ["SHIPMENT_HEAVIER_THAN_ORDER", "SHIPMENT_LARGER_THAN_ORDER"]],
  ])("%s", (_, count, tonnes, codes) => {
    const allowed = allowedSize([{ line: coconuts, quantity: tonnes }]);
    expect(sizeProblems(packagesSize([{ ...pallet, count }]), allowed).map((p) => p.code)).toEqual(codes);
  });

  it("does not weigh a shipment against a line whose weight nobody gave", () => {
    const unweighed = { ...coconuts, grossWeightKg: null, netWeightKg: null, volumeM3: null };
    expect(allowedSize([{ line: unweighed, quantity: 10 }])).toEqual({ grossWeightKg: null, netWeightKg: null, volumeM3: null });
    expect(sizeProblems(packagesSize([{ ...pallet, count: 1000 }]), allowedSize([{ line: unweighed, quantity: 10 }]))).toEqual([]);
  });

  it.each([
    [30, []],
    [30.0000000001, []],
    [31, [{ field: "lines.0.quantity", code: "SHIPMENT_MORE_THAN_ORDERED", params: { left: 30 } }]],
  ])("of 40 t with 10 t shipped, %s t more is %j", (quantity, problems) => {
    expect(quantityProblems([{ line: coconuts, quantity, index: 0 }])).toEqual(problems);
  });

  it("adds up two lines of the same order line (two batches) before comparing", () => {
    expect(quantityProblems([{ line: coconuts, quantity: 20, index: 0 }, { line: coconuts, quantity: 11, index: 1 }]).map((p) => p.field)).toEqual(["lines.0.quantity", "lines.1.quantity"]);
  });
});
