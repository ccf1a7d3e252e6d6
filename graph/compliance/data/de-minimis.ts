/**
 * De minimis: below these values (in the country's currency), no duty or no import tax is charged.
 * Dated, since they change: the US ended its 800 USD exemption for every country on 29 August 2025;
 * the EU kept its €150 duty relief but charges VAT from the first euro since 1 July 2021.
 * Null means no relief. `on` is what the threshold is compared with: the consignment's value, or
 * (China) the amount of duty and tax itself.
 */
export interface DeMinimis {
  validFrom: string;
  validTo: string | null;
  currency: string;
  /** Minor units; goods worth no more than this pay no duty. */
  dutyUpToMinor: number | null;
  /** Minor units; goods worth no more than this pay no import tax. */
  taxUpToMinor: number | null;
  on: "VALUE" | "TAX_AMOUNT";
  basis: string;
}

const EU: DeMinimis[] = [
  {
    validFrom: "2010-01-01",
    validTo: "2021-06-30",
    currency: "EUR",
    dutyUpToMinor: 15_000,
    taxUpToMinor: 2_200,
    on: "VALUE",
    basis: "Council Regulation (EC) No 1186/2009, Article 23 (duty relief up to €150); Council Directive 2009/132/EC, Article 23 (VAT relief up to €22)",
  },
  {
    validFrom: "2021-07-01",
    validTo: null,
    currency: "EUR",
    dutyUpToMinor: 15_000,
    taxUpToMinor: null,
    on: "VALUE",
    basis: "Council Regulation (EC) No 1186/2009, Article 23 (duty relief up to €150); Council Directive (EU) 2017/2455 ended the €22 VAT relief on 1 July 2021: VAT from €0",
  },
];

const usd = (dollars: number) => dollars * 100;

export const DE_MINIMIS: Readonly<Record<string, readonly DeMinimis[]>> = {
  US: [
    { validFrom: "2016-03-10", validTo: "2025-08-28", currency: "USD", dutyUpToMinor: usd(800), taxUpToMinor: usd(800), on: "VALUE", basis: "19 U.S.C. 1321(a)(2)(C), raised to 800 USD by the Trade Facilitation and Trade Enforcement Act of 2015" },
    { validFrom: "2025-08-29", validTo: null, currency: "USD", dutyUpToMinor: null, taxUpToMinor: null, on: "VALUE", basis: "Executive Order 14324 of 30 July 2025: the de minimis exemption suspended for goods from every country from 29 August 2025" },
  ],
  PL: EU,
  ES: EU,
  FR: EU,
  DE: EU,
  IT: EU,
  GB: [{ validFrom: "2021-01-01", validTo: null, currency: "GBP", dutyUpToMinor: 13_500, taxUpToMinor: null, on: "VALUE", basis: "The Customs (Relief from a Liability to Import Duty and Miscellaneous Amendments) (EU Exit) Regulations 2020: duty relief up to £135; VAT on goods up to £135 is charged at the point of sale (Finance Act 2020)" }],
  CN: [{ validFrom: "2010-09-01", validTo: null, currency: "CNY", dutyUpToMinor: 5_000, taxUpToMinor: 5_000, on: "TAX_AMOUNT", basis: "General Administration of Customs Announcement 2010 No. 43: duty and import tax of 50 CNY or less are waived" }],
  MY: [{ validFrom: "2024-01-01", validTo: null, currency: "MYR", dutyUpToMinor: 50_000, taxUpToMinor: null, on: "VALUE", basis: "Customs Duties (Exemption) Order 2017, item 117 (up to RM500); Sales Tax (Low Value Goods) Act 2022: 10 % from 1 January 2024 on goods up to RM500" }],
  JP: [{ validFrom: "2011-04-01", validTo: null, currency: "JPY", dutyUpToMinor: 10_000, taxUpToMinor: 10_000, on: "VALUE", basis: "Customs Tariff Act (Japan), Article 14, item 18: goods with a taxable value of ¥10,000 or less" }],
  KR: [{ validFrom: "2014-01-01", validTo: null, currency: "USD", dutyUpToMinor: usd(150), taxUpToMinor: usd(150), on: "VALUE", basis: "Customs Act (Korea), Article 94, and its Enforcement Rule, Article 45: USD 150 (USD 200 for goods from the US under KORUS)" }],
  SA: [{ validFrom: "2020-01-01", validTo: null, currency: "SAR", dutyUpToMinor: 100_000, taxUpToMinor: null, on: "VALUE", basis: "GCC Common Customs Law, Article 98 and ZATCA rules: duty relief up to SAR 1,000; VAT is charged" }],
  AE: [{ validFrom: "2020-01-01", validTo: null, currency: "AED", dutyUpToMinor: 100_000, taxUpToMinor: null, on: "VALUE", basis: "GCC Common Customs Law, Article 98: duty relief up to AED 1,000; VAT is charged" }],
  IL: [{ validFrom: "2013-01-01", validTo: null, currency: "USD", dutyUpToMinor: usd(75), taxUpToMinor: usd(75), on: "VALUE", basis: "Customs Tariff and Exemptions Order, item 7: personal imports up to USD 75 free of duty and VAT" }],
  BR: [{ validFrom: "2024-08-01", validTo: null, currency: "USD", dutyUpToMinor: null, taxUpToMinor: null, on: "VALUE", basis: "Lei 14.902/2024 (Programa Remessa Conforme): import tax on every consignment from 1 August 2024" }],
  CL: [
    { validFrom: "2015-01-01", validTo: "2025-10-24", currency: "USD", dutyUpToMinor: usd(41), taxUpToMinor: usd(41), on: "VALUE", basis: "Ordenanza de Aduanas, Article 191 and Servicio Nacional de Aduanas: consignments up to USD 41 free of duty and VAT" },
    { validFrom: "2025-10-25", validTo: null, currency: "USD", dutyUpToMinor: usd(41), taxUpToMinor: null, on: "VALUE", basis: "Ley 21.713 de 2024: VAT on imports of every value from 25 October 2025; the USD 41 duty relief remains" },
  ],
  MX: [{ validFrom: "2025-01-01", validTo: null, currency: "USD", dutyUpToMinor: usd(50), taxUpToMinor: null, on: "VALUE", basis: "Reglas Generales de Comercio Exterior, rule 3.7.3: courier consignments up to USD 50 free of duty; VAT is charged" }],
  CO: [{ validFrom: "2019-08-02", validTo: null, currency: "USD", dutyUpToMinor: usd(200), taxUpToMinor: null, on: "VALUE", basis: "Decreto 1165 de 2019, Article 261: postal and express consignments up to USD 200 free of duty; VAT is charged" }],
  RU: [{ validFrom: "2020-01-01", validTo: null, currency: "EUR", dutyUpToMinor: 20_000, taxUpToMinor: 20_000, on: "VALUE", basis: "EAEU Council Decision No 107 of 20 December 2017: goods for personal use up to €200 by post or courier" }],
  UA: [{ validFrom: "2019-01-01", validTo: null, currency: "EUR", dutyUpToMinor: 15_000, taxUpToMinor: 15_000, on: "VALUE", basis: "Customs Code of Ukraine, Article 374: consignments up to €150" }],
  RW: [{ validFrom: "2005-01-01", validTo: null, currency: "USD", dutyUpToMinor: null, taxUpToMinor: null, on: "VALUE", basis: "EAC Customs Management Act 2004: no general low-value relief for goods imported for trade" }],
};
