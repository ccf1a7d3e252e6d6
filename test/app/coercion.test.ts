import { describe, expect, it } from "vitest";
import { coercionProblems } from "../../app/utils/forms";

describe("GraphQL's variable-coercion errors become form field problems", () => {
  it.each([
    ['Variable "$input" got invalid value "" at "input.neededBy"; Expected type "Date". Date cannot represent ""', { field: "neededBy", code: "REQUIRED" }],
    ['Variable "$input" got invalid value "abc" at "input.quantity"; Float cannot represent non numeric value: "abc"', { field: "quantity", code: "NUMBER_INVALID" }],
    ['Variable "$input" got invalid value "x" at "input.priceTiers[1].minQuantity"; Float cannot represent non numeric value: "x"', { field: "priceTiers.1.minQuantity", code: "NUMBER_INVALID" }],
    ['Variable "$input" got invalid value "2026-13-40" at "input.neededBy"; Expected type "Date". Date cannot represent "2026-13-40"', { field: "neededBy", code: "DATE_INVALID" }],
    ['Variable "$input" got invalid value {}; Field "title" of required type "String!" was not provided.', { field: "title", code: "REQUIRED" }],
    ['Variable "$id" of required type "ID!" was not provided.', { field: "id", code: "REQUIRED" }],
  ])("%s", (message, problem) => {
    expect(coercionProblems([message])).toEqual([problem]);
  });

  it("an error that is not about a variable leaves the answer to the error page", () => {
    expect(coercionProblems(["Query is too deep."])).toBeNull();
  });
});
