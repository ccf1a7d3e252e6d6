/**
 * Import VAT, GST and sales taxes by destination, dated, with the base each is levied on.
 * Indicative: the standard rate, and a reduced rate for the HS chapters where most lines carry one
 * (food, mostly). Excises, surcharges and state taxes are not modelled; each entry cites its law.
 */

/** What a tax is levied on: the customs value, that plus duty (most VAT), or that plus duty and the taxes before it (Brazil's ICMS). */
export type TaxBase = "CUSTOMS_VALUE" | "CUSTOMS_VALUE_PLUS_DUTY" | "CUSTOMS_VALUE_PLUS_DUTY_AND_TAXES";

/** How the customs value is built: CIF (goods, freight and insurance to the border) or FOB (goods at the port of export). */
export type ValuationBasis = "CIF" | "FOB";

export interface ImportTax {
  /** Stable key, named in the locale files (compliance.tax.<key>). */
  key: string;
  base: TaxBase;
  /** Basis points. */
  rateBp: number;
  /** Chapters at another rate: "01-21" a range, "08" a chapter. */
  reduced?: { chapters: string; rateBp: number }[];
  validFrom: string;
  /** The last day in force; null while it lasts. */
  validTo: string | null;
  basis: string;
}

export interface CountryTaxes {
  valuation: ValuationBasis;
  valuationBasis: string;
  taxes: ImportTax[];
}

const vat = (rateBp: number, basis: string, reduced?: ImportTax["reduced"], validFrom = "2000-01-01", validTo: string | null = null): ImportTax => ({
  key: "vat",
  base: "CUSTOMS_VALUE_PLUS_DUTY",
  rateBp,
  reduced,
  validFrom,
  validTo,
  basis,
});

const CIF_WTO = "WTO Customs Valuation Agreement, Article 8.2: the country adds the cost of transport and insurance to the place of importation (CIF)";
const EU_CIF = "Union Customs Code (Regulation (EU) No 952/2013), Article 71(1)(e): transport and insurance to the EU border are part of the customs value (CIF)";
const EU_VAT_BASE = "Council Directive 2006/112/EC, Article 86: the import VAT base is the customs value plus duties and incidental costs to the first place of destination";

export const COUNTRY_TAXES: Readonly<Record<string, CountryTaxes>> = {
  CN: { valuation: "CIF", valuationBasis: CIF_WTO, taxes: [vat(1300, "Value-Added Tax Law of the PRC (in force 1 January 2026), Articles 10 and 16: 13 %, 9 % for agricultural products", [{ chapters: "01-14", rateBp: 900 }])] },
  MY: {
    valuation: "CIF",
    valuationBasis: CIF_WTO,
    taxes: [{ ...vat(1000, "Sales Tax Act 2018; Sales Tax (Rates of Tax) Order 2025 (in force 1 July 2025): 10 %, 5 % for imported fruit, basic food exempt", [{ chapters: "01-07", rateBp: 0 }, { chapters: "08", rateBp: 500 }, { chapters: "10-11", rateBp: 0 }]), key: "salesTax" }],
  },
  RW: { valuation: "CIF", valuationBasis: CIF_WTO, taxes: [vat(1800, "Law No 049/2023 of 05/09/2023 on value added tax (Rwanda): 18 %, unprocessed agricultural produce exempt", [{ chapters: "07-10", rateBp: 0 }])] },
  RU: {
    valuation: "CIF",
    valuationBasis: CIF_WTO,
    taxes: [
      vat(2000, "Tax Code of the Russian Federation, Article 164: 20 %, 10 % for listed foods", [{ chapters: "01-04", rateBp: 1000 }, { chapters: "07", rateBp: 1000 }, { chapters: "10-11", rateBp: 1000 }], "2019-01-01", "2025-12-31"),
      vat(2200, "Tax Code of the Russian Federation, Article 164, as amended by Federal Law No. 425-FZ of 28 November 2025: 22 % from 1 January 2026, 10 % for listed foods", [{ chapters: "01-04", rateBp: 1000 }, { chapters: "07", rateBp: 1000 }, { chapters: "10-11", rateBp: 1000 }], "2026-01-01"),
    ],
  },
  UA: { valuation: "CIF", valuationBasis: CIF_WTO, taxes: [vat(2000, "Tax Code of Ukraine, Article 193: 20 %, 14 % for listed agricultural goods", [{ chapters: "10", rateBp: 1400 }, { chapters: "12", rateBp: 1400 }])] },
  PL: { valuation: "CIF", valuationBasis: EU_CIF, taxes: [vat(2300, `Ustawa o podatku od towarów i usług, Article 41 and Annex 10: 23 %, 5 % for basic food (chapters 01–21). ${EU_VAT_BASE}`, [{ chapters: "01-21", rateBp: 500 }])] },
  ES: { valuation: "CIF", valuationBasis: EU_CIF, taxes: [vat(2100, `Ley 37/1992 del IVA, Articles 90 and 91: 21 %, 10 % for food (chapters 01–21). ${EU_VAT_BASE}`, [{ chapters: "01-21", rateBp: 1000 }])] },
  FR: { valuation: "CIF", valuationBasis: EU_CIF, taxes: [vat(2000, `Code général des impôts, Articles 278 and 278-0 bis: 20 %, 5.5 % for food (chapters 01–21). ${EU_VAT_BASE}`, [{ chapters: "01-21", rateBp: 550 }])] },
  DE: { valuation: "CIF", valuationBasis: EU_CIF, taxes: [vat(1900, `Umsatzsteuergesetz §12 and Anlage 2: 19 %, 7 % for food (chapters 01–21). ${EU_VAT_BASE}`, [{ chapters: "01-21", rateBp: 700 }])] },
  IT: { valuation: "CIF", valuationBasis: EU_CIF, taxes: [vat(2200, `DPR 633/1972, Tabella A: 22 %, 10 % for food (chapters 01–21). ${EU_VAT_BASE}`, [{ chapters: "01-21", rateBp: 1000 }])] },
  GB: { valuation: "CIF", valuationBasis: "Taxation (Cross-border Trade) Act 2018 and the Customs (Import Duty) (EU Exit) Regulations 2018: CIF to the UK border", taxes: [vat(2000, "Value Added Tax Act 1994, section 2 and Schedule 8 Group 1: 20 %, most food zero-rated (chapters 01–21)", [{ chapters: "01-21", rateBp: 0 }])] },
  US: { valuation: "FOB", valuationBasis: "19 U.S.C. 1401a: transaction value excludes international freight and insurance (FOB)", taxes: [] },
  SA: { valuation: "CIF", valuationBasis: "GCC Common Customs Law, Article 1 and its rules: CIF value", taxes: [vat(1500, "Saudi VAT Implementing Regulations (ZATCA): 15 % from 1 July 2020")] },
  AE: { valuation: "CIF", valuationBasis: "GCC Common Customs Law, Article 1 and its rules: CIF value", taxes: [vat(500, "Federal Decree-Law No. 8 of 2017 on Value Added Tax, Article 3: 5 %")] },
  IL: {
    valuation: "CIF",
    valuationBasis: CIF_WTO,
    taxes: [vat(1700, "Value Added Tax Law 5736-1975: 17 %", undefined, "2015-10-01", "2024-12-31"), vat(1800, "Value Added Tax Law 5736-1975: 18 % from 1 January 2025", undefined, "2025-01-01")],
  },
  JP: { valuation: "CIF", valuationBasis: "Customs Tariff Act (Japan), Article 4: CIF value", taxes: [{ ...vat(1000, "Consumption Tax Act (national 7.8 % and local 2.2 %); reduced 8 % for food since 1 October 2019 (chapters 01–21)", [{ chapters: "01-21", rateBp: 800 }]), key: "consumptionTax" }] },
  KR: { valuation: "CIF", valuationBasis: "Customs Act (Korea), Article 30: CIF value", taxes: [vat(1000, "Value-Added Tax Act (Korea), Articles 30 and 27: 10 %, unprocessed food exempt", [{ chapters: "01-03", rateBp: 0 }, { chapters: "07-08", rateBp: 0 }, { chapters: "10", rateBp: 0 }])] },
  BR: {
    valuation: "CIF",
    valuationBasis: "Regulamento Aduaneiro (Decreto 6.759/2009), Article 77: CIF value",
    taxes: [
      { key: "pisCofins", base: "CUSTOMS_VALUE", rateBp: 1175, validFrom: "2015-05-01", validTo: null, basis: "Lei 10.865/2004, Article 8: PIS-Importação 2.1 % and COFINS-Importação 9.65 % on the customs value" },
      { key: "icms", base: "CUSTOMS_VALUE_PLUS_DUTY_AND_TAXES", rateBp: 1800, validFrom: "2015-05-01", validTo: null, basis: "Lei Complementar 87/1996: ICMS on imports, 18 % in São Paulo (the state rate varies; the legal gross-up is not applied in this estimate)" },
    ],
  },
  CL: { valuation: "CIF", valuationBasis: "Ordenanza de Aduanas (DFL 30 de 2004), Article 69: CIF value", taxes: [{ ...vat(1900, "Decreto Ley 825 de 1974 (Ley sobre Impuesto a las Ventas y Servicios), Article 14: 19 %"), key: "iva" }] },
  MX: { valuation: "CIF", valuationBasis: "Ley Aduanera, Article 64: transaction value plus freight and insurance (CIF)", taxes: [{ ...vat(1600, "Ley del Impuesto al Valor Agregado, Articles 1, 2-A and 27: 16 %, 0 % for unprocessed food", [{ chapters: "01-12", rateBp: 0 }]), key: "iva" }] },
  CO: { valuation: "CIF", valuationBasis: "Decreto 1165 de 2019, Article 325: CIF value", taxes: [{ ...vat(1900, "Estatuto Tributario, Articles 459 and 468: 19 % on the customs value plus duty, 5 % for listed foods", [{ chapters: "09", rateBp: 500 }]), key: "iva" }] },
};

export function inChapters(chapters: string, hsCode: string): boolean {
  const chapter = hsCode.slice(0, 2);
  const range = /^(\d{2})-(\d{2})$/.exec(chapters);
  return range ? chapter >= range[1]! && chapter <= range[2]! : chapter === chapters;
}
