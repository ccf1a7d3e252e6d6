import packageTypesJson from "./package-types.json";

/**
 * UN/ECE Recommendation No. 21 (Codes for Passengers, Types of Cargo, Packages and Packaging
 * Materials), Annex VI package type codes: the ones export goods travel in, with their English names
 * as the recommendation gives them. Source: UNECE, ECE/TRADE/C/CEFACT/2010/14/Rev.2 (Rev. 9 code
 * list). Published by the UN for free use in trade documents.
 */
export interface PackageType {
  code: string;
  name: string;
}

export const PACKAGE_TYPES: readonly PackageType[] = packageTypesJson as PackageType[];

const BY_CODE = new Map(PACKAGE_TYPES.map((p) => [p.code, p]));

export function findPackageType(code: string): PackageType | undefined {
  return BY_CODE.get(code.trim().toUpperCase());
}
