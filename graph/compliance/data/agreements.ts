/**
 * Trade agreements that give originating goods a preferential rate when a proof of origin
 * (certificate of origin or statement on origin) is presented. Indicative: the preference is taken
 * as 0 % for every chapter except the ones an agreement leaves out (where the MFN rate stays),
 * since most of these agreements have eliminated duty on most lines by now.
 */
export interface TradeAgreement {
  code: string;
  name: string;
  /** Country codes, or the group names below. */
  parties: readonly string[];
  validFrom: string;
  /** Basis points for originating goods. */
  rateBp: number;
  /** Chapters where the MFN rate still applies (rice, sugar and the like). */
  excludedChapters: readonly string[];
  basis: string;
}

const GROUPS: Record<string, readonly string[]> = {
  EU: ["AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"],
  ASEAN: ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"],
  GCC: ["AE", "BH", "KW", "OM", "QA", "SA"],
  EAEU: ["AM", "BY", "KG", "KZ", "RU"],
  EAC: ["BI", "CD", "KE", "RW", "SO", "SS", "TZ", "UG"],
};

export const AGREEMENTS: readonly TradeAgreement[] = [
  { code: "ACFTA", name: "ASEAN–China Free Trade Area", parties: ["CN", "ASEAN"], validFrom: "2010-01-01", rateBp: 0, excludedChapters: ["10", "17", "24", "87"], basis: "Agreement on Trade in Goods of the Framework Agreement on Comprehensive Economic Co-operation between ASEAN and China (2004), Form E" },
  { code: "RCEP", name: "Regional Comprehensive Economic Partnership", parties: ["CN", "JP", "KR", "AU", "NZ", "ASEAN"], validFrom: "2022-01-01", rateBp: 0, excludedChapters: ["02", "04", "10", "17", "87"], basis: "RCEP Agreement, Chapter 2 and Annex I (schedules of tariff commitments); RCEP certificate of origin" },
  { code: "CPTPP", name: "Comprehensive and Progressive Agreement for Trans-Pacific Partnership", parties: ["AU", "BN", "CA", "CL", "JP", "MY", "MX", "NZ", "PE", "SG", "VN", "GB"], validFrom: "2018-12-30", rateBp: 0, excludedChapters: ["10"], basis: "CPTPP, Chapter 2 and Annex 2-D; certification of origin under Article 3.20" },
  { code: "EU-JP", name: "EU–Japan Economic Partnership Agreement", parties: ["EU", "JP"], validFrom: "2019-02-01", rateBp: 0, excludedChapters: ["10"], basis: "EU–Japan EPA (OJ L 330, 27.12.2018), Annex 2-A; statement on origin" },
  { code: "EU-KR", name: "EU–Korea Free Trade Agreement", parties: ["EU", "KR"], validFrom: "2011-07-01", rateBp: 0, excludedChapters: ["10"], basis: "EU–Korea FTA (OJ L 127, 14.5.2011), Annex 2-A; origin declaration" },
  { code: "EU-UK", name: "EU–UK Trade and Cooperation Agreement", parties: ["EU", "GB"], validFrom: "2021-01-01", rateBp: 0, excludedChapters: [], basis: "EU–UK TCA (OJ L 149, 30.4.2021), Article GOODS.5: no duty on originating goods; statement on origin" },
  { code: "EU-MX", name: "EU–Mexico Global Agreement", parties: ["EU", "MX"], validFrom: "2000-07-01", rateBp: 0, excludedChapters: ["17"], basis: "EU–Mexico Economic Partnership, Political Coordination and Cooperation Agreement, Decision No 2/2000 of the Joint Council; EUR.1" },
  { code: "EU-CL", name: "EU–Chile Association Agreement / Interim Trade Agreement", parties: ["EU", "CL"], validFrom: "2003-02-01", rateBp: 0, excludedChapters: [], basis: "EU–Chile Association Agreement (OJ L 352, 30.12.2002), superseded by the Interim Trade Agreement (in force 1 February 2025); origin declaration" },
  { code: "EU-CO", name: "EU–Colombia, Peru and Ecuador Trade Agreement", parties: ["EU", "CO"], validFrom: "2013-08-01", rateBp: 0, excludedChapters: ["17"], basis: "Trade Agreement between the EU and Colombia and Peru (OJ L 354, 21.12.2012); EUR.1 or origin declaration" },
  { code: "EU-UA", name: "EU–Ukraine Deep and Comprehensive Free Trade Area", parties: ["EU", "UA"], validFrom: "2016-01-01", rateBp: 0, excludedChapters: ["04", "17"], basis: "EU–Ukraine Association Agreement, Title IV (OJ L 161, 29.5.2014); EUR.1" },
  { code: "EU-IL", name: "EU–Israel Association Agreement", parties: ["EU", "IL"], validFrom: "2000-06-01", rateBp: 0, excludedChapters: ["01", "02", "04", "07", "08", "17", "20"], basis: "Euro-Mediterranean Agreement with Israel (OJ L 147, 21.6.2000): industrial goods duty free, agricultural goods under quotas; EUR.1" },
  { code: "USMCA", name: "United States–Mexico–Canada Agreement", parties: ["US", "MX", "CA"], validFrom: "2020-07-01", rateBp: 0, excludedChapters: [], basis: "USMCA, Chapter 2 and Chapter 5 (certification of origin)" },
  { code: "KORUS", name: "United States–Korea Free Trade Agreement", parties: ["US", "KR"], validFrom: "2012-03-15", rateBp: 0, excludedChapters: ["10"], basis: "KORUS FTA, Chapter 2 and Annex 2-B; certification of origin" },
  { code: "US-IL", name: "United States–Israel Free Trade Area", parties: ["US", "IL"], validFrom: "1985-08-19", rateBp: 0, excludedChapters: [], basis: "US–Israel FTA Implementation Act of 1985; HTSUS General Note 8" },
  { code: "US-CL", name: "United States–Chile Free Trade Agreement", parties: ["US", "CL"], validFrom: "2004-01-01", rateBp: 0, excludedChapters: [], basis: "US–Chile FTA, Chapter 3; HTSUS General Note 26" },
  { code: "US-CO", name: "United States–Colombia Trade Promotion Agreement", parties: ["US", "CO"], validFrom: "2012-05-15", rateBp: 0, excludedChapters: [], basis: "US–Colombia TPA, Chapter 2; HTSUS General Note 35" },
  { code: "CN-CL", name: "China–Chile Free Trade Agreement", parties: ["CN", "CL"], validFrom: "2006-10-01", rateBp: 0, excludedChapters: [], basis: "China–Chile FTA (2005), upgraded 2019; certificate of origin" },
  { code: "CN-KR", name: "China–Korea Free Trade Agreement", parties: ["CN", "KR"], validFrom: "2015-12-20", rateBp: 0, excludedChapters: ["10", "87"], basis: "China–Korea FTA, Chapter 2 and Annex 2-A; certificate of origin" },
  { code: "UK-JP", name: "UK–Japan Comprehensive Economic Partnership Agreement", parties: ["GB", "JP"], validFrom: "2021-01-01", rateBp: 0, excludedChapters: ["10"], basis: "UK–Japan CEPA (CP 311), Chapter 2; statement on origin" },
  { code: "UK-KR", name: "UK–Korea Free Trade Agreement", parties: ["GB", "KR"], validFrom: "2021-01-01", rateBp: 0, excludedChapters: ["10"], basis: "UK–Korea FTA (CS Korea No.1/2019); origin declaration" },
  { code: "UK-UA", name: "UK–Ukraine Political, Free Trade and Strategic Partnership Agreement", parties: ["GB", "UA"], validFrom: "2021-01-01", rateBp: 0, excludedChapters: [], basis: "UK–Ukraine Agreement (CS Ukraine No.1/2020); tariffs removed on most goods in 2022" },
  { code: "PA", name: "Pacific Alliance", parties: ["CL", "CO", "MX", "PE"], validFrom: "2016-05-01", rateBp: 0, excludedChapters: ["17"], basis: "Additional Protocol to the Framework Agreement of the Pacific Alliance (2014); certificate of origin" },
  { code: "JP-MX", name: "Japan–Mexico Economic Partnership Agreement", parties: ["JP", "MX"], validFrom: "2005-04-01", rateBp: 0, excludedChapters: ["10"], basis: "Japan–Mexico EPA, Chapter 3; certificate of origin" },
  { code: "GCC", name: "GCC Customs Union", parties: ["GCC"], validFrom: "2003-01-01", rateBp: 0, excludedChapters: [], basis: "GCC Economic Agreement (2001), Article 3: goods of national origin move duty free within the Customs Union" },
  { code: "EAEU", name: "Eurasian Economic Union", parties: ["EAEU"], validFrom: "2015-01-01", rateBp: 0, excludedChapters: [], basis: "Treaty on the Eurasian Economic Union (2014), Article 25: no duty within the customs union" },
  { code: "EAC", name: "East African Community Customs Union", parties: ["EAC"], validFrom: "2005-01-01", rateBp: 0, excludedChapters: [], basis: "Protocol on the Establishment of the EAC Customs Union (2004), Article 11; EAC certificate of origin" },
];

function memberOf(party: string, country: string): boolean {
  return party === country || (GROUPS[party]?.includes(country) ?? false);
}

/** Agreements in force on `on` that have both countries as parties, on opposite sides or in one union. */
export function agreementsBetween(origin: string, destination: string, on: string): TradeAgreement[] {
  return AGREEMENTS.filter((a) => {
    if (a.validFrom > on || origin === destination) return false;
    const originParty = a.parties.find((p) => memberOf(p, origin));
    const destinationParty = a.parties.find((p) => memberOf(p, destination));
    if (!originParty || !destinationParty) return false;
    // EU to EU is the single market, not a preference under EU-JP; a union party covers both sides only in its own union agreement.
    return originParty !== destinationParty || a.parties.length === 1;
  });
}
