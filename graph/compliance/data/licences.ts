/**
 * HS prefixes whose trade needs a licence, from dated reference data. An order for such goods is
 * refused until it carries the licence number; the legal basis goes with the refusal. Scoped to
 * an origin or destination when the measure is; null for every lane.
 */
export interface LicenceRule {
  id: string;
  hsPrefix: string;
  /** Stable key for the kind of control, named in the locale files (compliance.licence.<kind>). */
  kind: "arms" | "dualUse" | "nuclear" | "explosives";
  origin: string | null;
  destination: string | null;
  validFrom: string;
  validTo: string | null;
  basis: string;
}

const WASSENAAR_ML = "Wassenaar Arrangement Munitions List; Arms Trade Treaty (2013), Articles 5–7: an export authorisation from the exporting state and an import permit of the importing state";
const DUAL_USE = "Regulation (EU) 2021/821 (dual-use items), Article 3 and Annex I; Wassenaar Arrangement List of Dual-Use Goods and Technologies: an export authorisation is required";

export const LICENCE_RULES: readonly LicenceRule[] = [
  { id: "lic_arms_93", hsPrefix: "93", kind: "arms", origin: null, destination: null, validFrom: "2014-12-24", validTo: null, basis: `HS chapter 93 (arms and ammunition). ${WASSENAAR_ML}; in the EU also Regulation (EU) No 258/2012 (firearms)` },
  { id: "lic_expl_3601", hsPrefix: "3601", kind: "explosives", origin: null, destination: null, validFrom: "2014-12-24", validTo: null, basis: "HS 3601–3603 (propellent powders, prepared explosives, detonators). UN Recommendations on the Transport of Dangerous Goods, Class 1; national explosives licensing (e.g. Directive 2014/28/EU); Wassenaar Munitions List ML8" },
  { id: "lic_expl_3602", hsPrefix: "3602", kind: "explosives", origin: null, destination: null, validFrom: "2014-12-24", validTo: null, basis: "HS 3602 (prepared explosives). Directive 2014/28/EU; Wassenaar Munitions List ML8" },
  { id: "lic_expl_3603", hsPrefix: "3603", kind: "explosives", origin: null, destination: null, validFrom: "2014-12-24", validTo: null, basis: "HS 3603 (detonators, fuses). Directive 2014/28/EU; Wassenaar Munitions List ML4" },
  { id: "lic_nuc_2844", hsPrefix: "2844", kind: "nuclear", origin: null, destination: null, validFrom: "2021-09-09", validTo: null, basis: `HS 2844 (radioactive elements and isotopes). ${DUAL_USE}, Category 0; IAEA INFCIRC/254 (Nuclear Suppliers Group)` },
  { id: "lic_nuc_8401", hsPrefix: "8401", kind: "nuclear", origin: null, destination: null, validFrom: "2021-09-09", validTo: null, basis: `HS 8401 (nuclear reactors, fuel elements). ${DUAL_USE}, Category 0` },
  { id: "lic_du_8526", hsPrefix: "8526", kind: "dualUse", origin: null, destination: null, validFrom: "2021-09-09", validTo: null, basis: `HS 8526 (radar and radio navigation apparatus). ${DUAL_USE}, Category 6 (6A008)` },
  { id: "lic_du_8806", hsPrefix: "8806", kind: "dualUse", origin: null, destination: null, validFrom: "2022-01-01", validTo: null, basis: `HS 8806 (unmanned aircraft). ${DUAL_USE}, Category 9 (9A012)` },
  { id: "lic_du_9013", hsPrefix: "901320", kind: "dualUse", origin: null, destination: null, validFrom: "2021-09-09", validTo: null, basis: `HS 9013.20 (lasers). ${DUAL_USE}, Category 6 (6A005)` },
];

/** The rules that cover a line on a lane on a day (YYYY-MM-DD). */
export function licenceRulesFor(hsCode: string, origin: string, destination: string, on: string): LicenceRule[] {
  return LICENCE_RULES.filter(
    (r) =>
      hsCode.startsWith(r.hsPrefix) &&
      (!r.origin || r.origin === origin) &&
      (!r.destination || r.destination === destination) &&
      r.validFrom <= on &&
      (!r.validTo || r.validTo >= on),
  );
}
