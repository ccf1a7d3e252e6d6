import { describe, expect, it } from "vitest";
import {
  getCountry,
  incotermTransportModes,
  listCountries,
  listCurrencies,
  listIncoterms,
  listUnitsOfMeasure,
  portTransportModes,
} from "../../graph/catalog/service.js";

describe("countries in the viewer's language", () => {
  it("an English viewer gets English names in English alphabetical order", () => {
    const countries = listCountries({ locale: "en" });
    expect(countries).toHaveLength(249);
    expect(countries[0]).toEqual({ code: "AF", alpha3: "AFG", name: "Afghanistan", currency: "AFN", region: "Asia" });
    const names = countries.map((c) => c.name);
    // A binary sort would put Å after Z; the collator puts it with the As.
    expect(names.indexOf("Åland Islands")).toBeLessThan(names.indexOf("Albania"));
  });

  it.each([
    ["pl", "PL", "Polska"],
    ["pl", "DE", "Niemcy"],
    ["ar", "EG", "مصر"],
    ["zh", "CN", "中国"],
    ["uk", "UA", "Україна"],
    ["he", "IL", "ישראל"],
    ["ja", "JP", "日本"],
    ["ko", "KR", "대한민국"],
    ["pt", "BR", "Brasil"],
    ["es", "ES", "España"],
    ["ms", "MY", "Malaysia"],
  ])("in %s, %s is called %s", (locale, code, name) => {
    expect(getCountry({ locale }, code)?.name).toBe(name);
  });

  it("a Polish list is sorted the Polish way, with Ł after L", () => {
    const names = listCountries({ locale: "pl" }).map((c) => c.name);
    expect(names.indexOf("Łotwa")).toBeGreaterThan(names.indexOf("Luksemburg"));
    expect(names.indexOf("Łotwa")).toBeLessThan(names.indexOf("Madagaskar"));
  });

  it("codes are found whatever their case, and an unknown code is null", () => {
    expect(getCountry({ locale: "en" }, " my ")).toMatchObject({ code: "MY", alpha3: "MYS", currency: "MYR", region: "Asia" });
    expect(getCountry({ locale: "en" }, "XX")).toBeNull();
  });

  it("a language the package does not know falls back to the English name", () => {
    expect(getCountry({ locale: "tlh" }, "RW")?.name).toBe("Rwanda");
  });
});

describe("currencies, Incoterms and units", () => {
  it("currencies carry their ISO 4217 minor unit", () => {
    const byCode = new Map(listCurrencies().map((c) => [c.code, c.minorUnit]));
    expect([byCode.get("EUR"), byCode.get("JPY"), byCode.get("KWD"), byCode.get("RWF")]).toEqual([2, 0, 3, 0]);
  });

  it("air freight fits the seven any-mode rules, not FAS, FOB, CFR or CIF", () => {
    expect(listIncoterms("air").map((t) => t.code)).toEqual(["EXW", "FCA", "CPT", "CIP", "DAP", "DPU", "DDP"]);
    expect(listIncoterms().map((t) => t.code)).toHaveLength(11);
  });

  it("FOB fits a vessel only; FCA fits every mode", () => {
    const fob = listIncoterms().find((t) => t.code === "FOB")!;
    expect(incotermTransportModes(fob)).toEqual(["sea", "inland_waterway"]);
    expect(incotermTransportModes({ code: "FCA" })).toEqual(["sea", "inland_waterway", "air", "road", "rail", "multimodal"]);
  });

  it("units of measure are the UN/ECE Rec 20 codes, a tonne being 1,000 kg", () => {
    expect(listUnitsOfMeasure().find((u) => u.code === "TNE")).toEqual({ code: "TNE", name: "tonne (metric ton)", symbol: "t", quantity: "mass", toBase: 1000 });
  });

  it.each([
    ["12345---", ["sea", "rail", "road", "air"]],
    ["1--4----", ["sea", "air"]],
    ["-2-----B", ["rail"]],
    ["--3--6-8", ["road", "multimodal", "inland_waterway"]],
    ["0-------", []],
  ])("a location with functions %s handles %j", (functions, modes) => {
    expect(portTransportModes({ functions })).toEqual(modes);
  });
});
