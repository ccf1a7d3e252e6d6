import type { DocumentSnapshot, LineSnapshot, PackageSnapshot } from "../../graph/documents/snapshot.js";
import type { IssueMeta } from "../../graph/documents/types/index.js";

/**
 * The journey every document test and sample tells: Kelapa Emas in Port Klang (address in Chinese)
 * ships coconut products by sea to Gdańsk for شركة الضوء للتجارة العامة, a Polish importer with
 * an Arabic name, consigned to its warehouse in Łódź.
 */

export const ARABIC_BUYER = "شركة الضوء للتجارة العامة";
export const CHINESE_ADDRESS = "巴生港西港工业区第五路12号";

const LINES: Omit<LineSnapshot, "lineNo" | "amountMinor">[] = [
  {
    description: "Desiccated coconut, fine grade, 25 kg kraft bags",
    hsCode: "0801.11",
    originCountry: "MY",
    quantity: "12000",
    unit: "KGM",
    unitPriceMinor: 1_150,
    netWeightKg: "12000.000",
    grossWeightKg: "12240.000",
    originCriterion: "WO",
  },
  {
    description: "椰子 带内壳 (coconuts in the inner shell), husked",
    hsCode: "0801.12",
    originCountry: "MY",
    quantity: "8000",
    unit: "KGM",
    unitPriceMinor: 420,
    netWeightKg: "8000.000",
    grossWeightKg: "8150.500",
    originCriterion: "WO",
  },
  {
    description: "Virgin coconut oil, cold pressed, 190 kg drums — زيت جوز الهند البكر",
    hsCode: "1513.19",
    originCountry: "MY",
    quantity: "3800",
    unit: "KGM",
    unitPriceMinor: 2_980,
    netWeightKg: "3800.000",
    grossWeightKg: "4020.000",
    originCriterion: "CTH",
  },
  {
    description: "Coconut milk powder, spray dried, 20 kg cartons",
    hsCode: "2106.90",
    originCountry: "MY",
    quantity: "2400",
    unit: "KGM",
    unitPriceMinor: 2_450,
    netWeightKg: "2400.000",
    grossWeightKg: "2592.000",
    originCriterion: "RVC",
    rvcPercent: 45,
    fobValueMinor: 5_292_000,
  },
];

export function coconutLines(count = LINES.length): LineSnapshot[] {
  return Array.from({ length: count }, (_, i) => {
    const base = LINES[i % LINES.length]!;
    const amountMinor = Number(base.quantity) * base.unitPriceMinor;
    return { ...base, lineNo: i + 1, amountMinor };
  });
}

function pallets(lines: LineSnapshot[]): PackageSnapshot[] {
  return lines.map((line, i) => ({
    number: String(i + 1).padStart(3, "0"),
    typeCode: "PX",
    typeName: "Pallet",
    marks: `KE/GDN/2026/${String(i + 1).padStart(3, "0")}`,
    contents: line.description,
    quantity: line.quantity,
    netWeightKg: line.netWeightKg,
    grossWeightKg: line.grossWeightKg,
    lengthCm: 120,
    widthCm: 100,
    heightCm: 160,
    lineNos: [line.lineNo],
  }));
}

export function coconutSnapshot(over: Partial<DocumentSnapshot> = {}, lineCount?: number): DocumentSnapshot {
  const lines = over.lines ?? coconutLines(lineCount);
  return {
    orderId: "ord_01JEX4MYPL",
    orderReference: "ORD-2026-004217",
    shipmentId: "shp_01JEX4MYPL",
    buyerReference: "PO/2026/11/087",
    currency: "PLN",
    incoterm: "CIF",
    incotermPlace: "Gdańsk",
    paymentTerms: "Letter of credit at sight, Bank Pekao S.A.",
    seller: {
      organisationId: "org_kelapa",
      name: "Kelapa Emas Sdn. Bhd. 金椰子私人有限公司",
      addressLines: [CHINESE_ADDRESS, "42000 Pelabuhan Klang, Selangor"],
      country: "MY",
      taxId: "C2584736-10",
      registrationNumber: "201901012345",
      contact: "Tan Mei Ling, exports@kelapaemas.my",
    },
    buyer: {
      organisationId: "org_aldaw",
      name: ARABIC_BUYER,
      addressLines: ["ul. Grunwaldzka 186", "80-266 Gdańsk"],
      country: "PL",
      taxId: "PL5842781234",
      eori: "PL584278123400000",
    },
    consignee: {
      organisationId: "org_aldaw",
      name: ARABIC_BUYER,
      addressLines: ["Magazyn Łódź, ul. Żółkiewskiego 12", "90-001 Łódź"],
      country: "PL",
      eori: "PL584278123400000",
    },
    notifyParty: {
      organisationId: null,
      name: "Baltic Customs Agency Sp. z o.o.",
      addressLines: ["ul. Przemysłowa 3", "81-061 Gdynia"],
      country: "PL",
    },
    originCountry: "MY",
    destinationCountry: "PL",
    mode: "sea",
    transport: {
      carrier: "Maersk A/S",
      vessel: "Maersk Kinloss",
      voyage: "450W",
      portOfLoading: "MYPKG",
      portOfDischarge: "PLGDN",
      placeOfReceipt: "Port Klang CY",
      placeOfDelivery: "Gdańsk DCT",
      billOfLadingType: "to_order",
      toOrderOf: "Bank Pekao S.A., Gdańsk",
      originals: 3,
      freightPayable: "prepaid",
    },
    lines,
    packages: pallets(lines),
    freightMinor: 1_840_000,
    insuranceMinor: 96_500,
    signatory: { name: "Tan Mei Ling", title: "Export Manager", place: "Port Klang" },
    secondLanguage: "pl",
    ...over,
  };
}

/** The same goods by air from Kuala Lumpur to Warsaw on a Malaysia Airlines waybill. */
export function coconutByAir(over: Partial<DocumentSnapshot> = {}): DocumentSnapshot {
  const lines = coconutLines(2).map((line) => ({ ...line, quantity: "400", netWeightKg: "400.000", grossWeightKg: "432.500", amountMinor: 400 * line.unitPriceMinor }));
  return coconutSnapshot({
    mode: "air",
    incoterm: "CPT",
    incotermPlace: "Warsaw",
    insuranceMinor: null,
    freightMinor: 412_000,
    lines,
    packages: pallets(lines),
    transport: { carrier: "Malaysia Airlines", flight: "MH0020", flightDate: "2026-12-09", portOfLoading: "KUL", portOfDischarge: "WAW", airlinePrefix: "232", awbSerial: "4411825", freightPayable: "prepaid" },
    ...over,
  });
}

/** Samples by post: a small parcel (CN22) and, with a higher value, CN23. */
export function coconutByPost(valueSdrMinor: number, over: Partial<DocumentSnapshot> = {}): DocumentSnapshot {
  const lines = coconutLines(2).map((line) => ({ ...line, quantity: "2", netWeightKg: "2.000", grossWeightKg: "2.250", amountMinor: 2 * line.unitPriceMinor * (valueSdrMinor > 30_000 ? 100 : 1) }));
  return coconutSnapshot({
    mode: "post",
    incoterm: "DAP",
    incotermPlace: "Łódź",
    freightMinor: null,
    insuranceMinor: null,
    lines,
    packages: [],
    valueSdrMinor,
    postalCategory: valueSdrMinor > 30_000 ? "sale_of_goods" : "commercial_sample",
    transport: { carrier: "Pos Malaysia" },
    ...over,
  });
}

export function issueMeta(number: string, over: Partial<IssueMeta> = {}): IssueMeta {
  return {
    documentId: "doc_01JEX5K2Q8",
    number,
    version: 1,
    issuedAt: "2026-12-07T09:30:00.000Z",
    verifyUrl: "https://caravan.example/verify/doc_01JEX5K2Q8",
    keyId: "caravan-2026-12",
    ...over,
  };
}

/** Kelapa Emas sells desiccated coconut to Shanghai: an ASEAN–China lane, so the certificate is a Form E. */
export function coconutToShanghai(over: Partial<DocumentSnapshot> = {}): DocumentSnapshot {
  return coconutSnapshot({
    currency: "USD",
    incoterm: "FOB",
    incotermPlace: "Port Klang",
    freightMinor: null,
    insuranceMinor: null,
    destinationCountry: "CN",
    buyer: {
      organisationId: "org_haiyue",
      name: "上海海悦食品进出口有限公司",
      addressLines: ["上海市浦东新区世纪大道100号环球金融中心", "200120 Shanghai"],
      country: "CN",
      taxId: "91310115MA1K3Y2X4Q",
    },
    consignee: {
      organisationId: "org_haiyue",
      name: "上海海悦食品进出口有限公司",
      addressLines: ["上海市浦东新区世纪大道100号环球金融中心", "200120 Shanghai"],
      country: "CN",
    },
    notifyParty: null,
    transport: { carrier: "COSCO Shipping Lines", vessel: "COSCO Pride", voyage: "072E", portOfLoading: "MYPKG", portOfDischarge: "CNSHA", billOfLadingType: "straight", originals: 3, freightPayable: "collect" },
    secondLanguage: "zh",
    ...over,
  });
}

/** The importer in Łódź sells coconut oil and milk powder on to Kyiv: an EU–Ukraine lane, so the certificate is an EUR.1. */
export function coconutToKyiv(over: Partial<DocumentSnapshot> = {}): DocumentSnapshot {
  const processor = coconutSnapshot().consignee;
  const lines = coconutLines(4).slice(2).map((line, i) => ({ ...line, lineNo: i + 1, originCountry: "PL", originCriterion: "CTH" as const }));
  return coconutSnapshot({
    currency: "EUR",
    incoterm: "DAP",
    incotermPlace: "Kyiv",
    freightMinor: 240_000,
    insuranceMinor: null,
    seller: { ...processor, taxId: "PL5842781234" },
    originCountry: "PL",
    destinationCountry: "UA",
    mode: "road",
    buyer: { organisationId: "org_kokos_ua", name: "ТОВ «Кокосовий Імпорт»", addressLines: ["вул. Хрещатик 22", "01001 Київ"], country: "UA", taxId: "43817562" },
    consignee: { organisationId: "org_kokos_ua", name: "ТОВ «Кокосовий Імпорт»", addressLines: ["вул. Хрещатик 22", "01001 Київ"], country: "UA" },
    notifyParty: null,
    lines,
    transport: { carrier: "Raben Transport Sp. z o.o.", portOfLoading: "PLLOD", portOfDischarge: "UAIEV" },
    signatory: { name: "Katarzyna Wiśniewska", title: "Kierownik ds. eksportu", place: "Łódź" },
    secondLanguage: "uk",
    ...over,
  });
}

export const ENDORSEMENT = { authorityName: "Malaysia International Chamber of Commerce and Industry", officerName: "Nurul Aisyah binti Rahman", endorsedAt: "2026-12-08T02:15:00.000Z" };
