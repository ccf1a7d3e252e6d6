export type TransportMode = "sea" | "inland_waterway" | "air" | "road" | "rail" | "multimodal";

export const TRANSPORT_MODES: readonly TransportMode[] = ["sea", "inland_waterway", "air", "road", "rail", "multimodal"];

export type IncotermCode = "EXW" | "FCA" | "CPT" | "CIP" | "DAP" | "DPU" | "DDP" | "FAS" | "FOB" | "CFR" | "CIF";

export interface Incoterm {
  code: IncotermCode;
  name: string;
  /** E, F, C or D: who arranges the main carriage and where the seller's obligations end. */
  group: "E" | "F" | "C" | "D";
  /** The rules for sea and inland waterway only may not be used for air, road, rail or containers handed over inland. */
  seaAndInlandWaterwayOnly: boolean;
  /** Whether the named place is where the goods are delivered (risk passes) or where carriage is paid to. */
  namedPlace: "delivery" | "destination";
  riskTransfer: string;
  costTransfer: string;
  sellerInsures: boolean;
  sellerClearsExport: boolean;
  sellerClearsImport: boolean;
}

/** The eleven Incoterms® 2020 rules (ICC publication 723E). */
export const INCOTERMS: readonly Incoterm[] = [
  {
    code: "EXW", name: "Ex Works", group: "E", seaAndInlandWaterwayOnly: false, namedPlace: "delivery",
    riskTransfer: "When the goods are placed at the buyer's disposal at the named place, not loaded.",
    costTransfer: "The buyer pays every cost from the named place, including loading and export clearance.",
    sellerInsures: false, sellerClearsExport: false, sellerClearsImport: false,
  },
  {
    code: "FCA", name: "Free Carrier", group: "F", seaAndInlandWaterwayOnly: false, namedPlace: "delivery",
    riskTransfer: "When the goods are handed to the buyer's carrier at the named place (loaded if at the seller's premises).",
    costTransfer: "The seller pays up to handover to the carrier, export clearance included; the buyer pays the main carriage.",
    sellerInsures: false, sellerClearsExport: true, sellerClearsImport: false,
  },
  {
    code: "CPT", name: "Carriage Paid To", group: "C", seaAndInlandWaterwayOnly: false, namedPlace: "destination",
    riskTransfer: "When the goods are handed to the first carrier in the country of shipment.",
    costTransfer: "The seller pays carriage to the named place of destination.",
    sellerInsures: false, sellerClearsExport: true, sellerClearsImport: false,
  },
  {
    code: "CIP", name: "Carriage and Insurance Paid To", group: "C", seaAndInlandWaterwayOnly: false, namedPlace: "destination",
    riskTransfer: "When the goods are handed to the first carrier in the country of shipment.",
    costTransfer: "The seller pays carriage and all-risks cargo insurance (Institute Cargo Clauses A) to the named place.",
    sellerInsures: true, sellerClearsExport: true, sellerClearsImport: false,
  },
  {
    code: "DAP", name: "Delivered at Place", group: "D", seaAndInlandWaterwayOnly: false, namedPlace: "destination",
    riskTransfer: "When the goods arrive at the named place, ready for unloading.",
    costTransfer: "The seller pays everything to the named place except unloading and import duties.",
    sellerInsures: false, sellerClearsExport: true, sellerClearsImport: false,
  },
  {
    code: "DPU", name: "Delivered at Place Unloaded", group: "D", seaAndInlandWaterwayOnly: false, namedPlace: "destination",
    riskTransfer: "When the goods are unloaded at the named place.",
    costTransfer: "The seller pays everything to the named place, unloading included, except import duties.",
    sellerInsures: false, sellerClearsExport: true, sellerClearsImport: false,
  },
  {
    code: "DDP", name: "Delivered Duty Paid", group: "D", seaAndInlandWaterwayOnly: false, namedPlace: "destination",
    riskTransfer: "When the goods arrive at the named place, cleared for import, ready for unloading.",
    costTransfer: "The seller pays everything to the named place, import duties and taxes included.",
    sellerInsures: false, sellerClearsExport: true, sellerClearsImport: true,
  },
  {
    code: "FAS", name: "Free Alongside Ship", group: "F", seaAndInlandWaterwayOnly: true, namedPlace: "delivery",
    riskTransfer: "When the goods are placed alongside the buyer's vessel at the named port of shipment.",
    costTransfer: "The seller pays up to alongside the vessel, export clearance included.",
    sellerInsures: false, sellerClearsExport: true, sellerClearsImport: false,
  },
  {
    code: "FOB", name: "Free On Board", group: "F", seaAndInlandWaterwayOnly: true, namedPlace: "delivery",
    riskTransfer: "When the goods are on board the buyer's vessel at the named port of shipment.",
    costTransfer: "The seller pays up to loading on board, export clearance included.",
    sellerInsures: false, sellerClearsExport: true, sellerClearsImport: false,
  },
  {
    code: "CFR", name: "Cost and Freight", group: "C", seaAndInlandWaterwayOnly: true, namedPlace: "destination",
    riskTransfer: "When the goods are on board the vessel at the port of shipment.",
    costTransfer: "The seller pays sea freight to the named port of destination.",
    sellerInsures: false, sellerClearsExport: true, sellerClearsImport: false,
  },
  {
    code: "CIF", name: "Cost, Insurance and Freight", group: "C", seaAndInlandWaterwayOnly: true, namedPlace: "destination",
    riskTransfer: "When the goods are on board the vessel at the port of shipment.",
    costTransfer: "The seller pays sea freight and minimum cargo insurance (Institute Cargo Clauses C) to the named port.",
    sellerInsures: true, sellerClearsExport: true, sellerClearsImport: false,
  },
];

const BY_CODE = new Map(INCOTERMS.map((term) => [term.code, term]));

export function findIncoterm(code: string): Incoterm | undefined {
  return BY_CODE.get(code.toUpperCase() as IncotermCode);
}

/** FAS, FOB, CFR and CIF need a vessel at a port; the other seven fit any mode. */
export function incotermFitsMode(code: IncotermCode, mode: TransportMode): boolean {
  const term = BY_CODE.get(code);
  if (!term) return false;
  return !term.seaAndInlandWaterwayOnly || mode === "sea" || mode === "inland_waterway";
}
