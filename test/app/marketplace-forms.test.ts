import { describe, expect, it } from "vitest";
import { catalogueSearch } from "../../app/utils/catalogue";
import { barChartLayout, shorten, sparklinePoints } from "../../app/utils/charts";
import { normalizeDecimal, parseNumber, rowsOf } from "../../app/utils/forms";
import { emptyListingValues, listingFieldPaths, listingInput, listingValuesFromForm } from "../../app/utils/listing-form";
import { decodeUpload } from "../../app/utils/text";
import { weightsFromUrl } from "../../app/utils/weights";

function form(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) data.append(name, value);
  return data;
}

describe("numbers typed by people", () => {
  it("reads decimal commas, thousands separators and spaces", () => {
    expect(normalizeDecimal("1 250,50")).toBe("1250.50");
    expect(normalizeDecimal("1,250.50")).toBe("1250.50");
    expect(normalizeDecimal(" 4800 ")).toBe("4800");
    expect(parseNumber("40")).toBe(40);
    expect(parseNumber("")).toBeNull();
    expect(parseNumber("forty")).toBeNaN();
  });
});

describe("repeated rows", () => {
  it("keeps the filled rows in order and drops the empty ones, so API paths match the page", () => {
    const rows = rowsOf(
      form({ "priceTiers.0.minQuantity": "5", "priceTiers.0.unitPrice": "1290", "priceTiers.1.minQuantity": "", "priceTiers.1.unitPrice": "", "priceTiers.2.minQuantity": "20", "priceTiers.2.unitPrice": "1180" }),
      "priceTiers",
      ["minQuantity", "unitPrice"],
    );
    expect(rows).toEqual([
      { minQuantity: "5", unitPrice: "1290" },
      { minQuantity: "20", unitPrice: "1180" },
    ]);
  });
});

describe("the listing form", () => {
  const filled = {
    title: "Fresh coconuts",
    description: "Semi-husked",
    hsCode: "0801.19",
    originCountry: "MY",
    unit: "TNE",
    currency: "USD",
    moq: "5",
    availableQuantity: "400",
    leadTimeDays: "14",
    netWeightKg: "",
    "priceTiers.0.minQuantity": "5",
    "priceTiers.0.unitPrice": "1 290,00",
    "priceTiers.1.minQuantity": "20",
    "priceTiers.1.unitPrice": "1180.00",
    "priceTiers.shown": "3",
    "incoterms.0.code": "FOB",
    "incoterms.0.namedPlace": "Port Klang",
    "certifications.0.kind": "HALAL",
    "certifications.0.reference": "JAKIM-1",
  };

  it("builds createListing's input, leaving out empty optional fields", () => {
    const { input, problems } = listingInput(listingValuesFromForm(form(filled)), "create");
    expect(problems).toEqual([]);
    expect(input).toEqual({
      title: "Fresh coconuts",
      description: "Semi-husked",
      hsCode: "0801.19",
      originCountry: "MY",
      unit: "TNE",
      currency: "USD",
      moq: 5,
      availableQuantity: 400,
      leadTimeDays: 14,
      priceTiers: [
        { minQuantity: 5, unitPrice: "1290.00" },
        { minQuantity: 20, unitPrice: "1180.00" },
      ],
      incoterms: [{ code: "FOB", namedPlace: "Port Klang" }],
      certifications: [{ kind: "HALAL", reference: "JAKIM-1" }],
      translations: [],
    });
  });

  it("clears empty optional fields on an update", () => {
    const { input } = listingInput(listingValuesFromForm(form(filled)), "update");
    expect(input).toMatchObject({ externalRef: null, netWeightKg: null, shipFromPort: null, packaging: null, locale: null });
  });

  it("names what it cannot send by the field's API path", () => {
    const { problems } = listingInput(listingValuesFromForm(form({ ...filled, moq: "", leadTimeDays: "14.5", "priceTiers.1.minQuantity": "twenty", "certifications.0.kind": "" })), "create");
    expect(problems).toEqual([
      { field: "moq", code: "REQUIRED" },
      { field: "leadTimeDays", code: "NUMBER_INVALID" },
      { field: "priceTiers.1.minQuantity", code: "NUMBER_INVALID" },
      { field: "certifications.0.kind", code: "REQUIRED" },
    ]);
  });

  it("keeps as many empty rows as the page showed, and lists every field path it shows", () => {
    const values = listingValuesFromForm(form(filled));
    expect(values.spare.priceTiers).toBe(1);
    const paths = listingFieldPaths(values);
    expect(paths).toContain("priceTiers.2.unitPrice");
    expect(paths).not.toContain("priceTiers.3.unitPrice");
    expect(listingFieldPaths(emptyListingValues())).toContain("priceTiers.1.minQuantity");
  });
});

describe("the catalogue URL", () => {
  it("turns filters into searchListings arguments, prices in the viewer's currency", () => {
    const search = catalogueSearch(new URLSearchParams("q=coconut&hs=0801&origin=MY&min=1000&max=5000&qty=40&unit=TNE&incoterm=CIF&verified=1&sort=PRICE_ASC"), "PLN");
    expect(search.variables).toEqual({
      query: "coconut",
      sort: "PRICE_ASC",
      filters: {
        hsCode: "0801",
        originCountry: "MY",
        priceMin: { amount: "1000", currency: "PLN" },
        priceMax: { amount: "5000", currency: "PLN" },
        quantity: 40,
        unit: "TNE",
        incoterm: "CIF",
        verifiedSellersOnly: true,
      },
    });
    expect(search.filtered).toBe(true);
  });

  it("starts unfiltered, newest by relevance, and reports a quantity that is no number", () => {
    expect(catalogueSearch(new URLSearchParams(""), "USD")).toMatchObject({ variables: { query: null, filters: {}, sort: "RELEVANCE" }, filtered: false });
    expect(catalogueSearch(new URLSearchParams("qty=lots&sort=CHEAPEST"), "USD")).toMatchObject({ problems: [{ field: "qty", code: "NUMBER_INVALID" }], values: { sort: "RELEVANCE" } });
  });
});

describe("quote weights from the URL", () => {
  it("sends only the weights given, and explains one that is not a whole number", () => {
    expect(weightsFromUrl(new URLSearchParams("price=70&leadTime=30"))).toMatchObject({ weights: { price: 70, leadTime: 30 }, problems: [] });
    expect(weightsFromUrl(new URLSearchParams("price=-5")).problems).toEqual([{ field: "price", code: "WEIGHT_OUT_OF_RANGE", params: { max: 100 } }]);
  });
});

describe("charts", () => {
  it("scales bars to the largest value, puts each whole label above its bar, and mirrors them for right-to-left pages", () => {
    const options = { width: 480, rowHeight: 42, valueWidth: 90, rtl: false };
    const ltr = barChartLayout([3, 1, 0], options);
    expect(ltr.height).toBe(126);
    expect(ltr.bars.map((b) => Math.round(b.barWidth))).toEqual([390, 130, 0]);
    expect(ltr.bars[1]).toMatchObject({ y: 42, labelY: 56, barY: 62, barX: 0, labelX: 0, labelAnchor: "start", valueAnchor: "start" });

    const rtl = barChartLayout([3, 1, 0], { ...options, rtl: true });
    // Anchors are logical: in a right-to-left SVG "start" is the right edge, where the bar begins.
    expect(rtl.bars[0]).toMatchObject({ barX: 90, labelX: 480, valueX: 84 });
    expect(rtl.bars[0]!.barX + rtl.bars[0]!.barWidth).toBe(480);
  });

  it("draws twelve weeks oldest first at the inline start", () => {
    const counts = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2];
    const ltr = sparklinePoints(counts, { width: 110, height: 28, rtl: false }).split(" ");
    expect(ltr[0]).toBe("0,26");
    expect(ltr[11]).toBe("110,2");
    const rtl = sparklinePoints(counts, { width: 110, height: 28, rtl: true }).split(" ");
    expect(rtl[0]).toBe("110,26");
    expect(rtl[11]).toBe("0,2");
  });

  it("shortens long labels with an ellipsis", () => {
    expect(shorten("Fruit and nuts, edible; peel of citrus fruit", 12)).toBe("Fruit and n…");
    expect(shorten("Poland", 12)).toBe("Poland");
  });
});

describe("uploaded CSV files", () => {
  it("reads UTF-8, and Windows-1252 from spreadsheets", () => {
    expect(decodeUpload(new TextEncoder().encode("Gdańsk"))).toBe("Gdańsk");
    expect(decodeUpload(Uint8Array.from([0x43, 0x61, 0x66, 0xe9]))).toBe("Café");
  });
});
