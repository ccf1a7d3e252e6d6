export type Quantity = "mass" | "volume" | "count" | "length" | "area";

export interface UnitOfMeasure {
  /** UN/ECE Recommendation 20 common code. */
  code: string;
  name: string;
  symbol: string;
  quantity: Quantity;
  /** How many of the quantity's base unit (kg, m³, piece, m, m²) one of this unit is. */
  toBase: number;
}

/** The UN/ECE Rec 20 codes that bulk cross-border trade uses most. */
export const UNITS_OF_MEASURE: readonly UnitOfMeasure[] = [
  { code: "KGM", name: "kilogram", symbol: "kg", quantity: "mass", toBase: 1 },
  { code: "TNE", name: "tonne (metric ton)", symbol: "t", quantity: "mass", toBase: 1000 },
  { code: "GRM", name: "gram", symbol: "g", quantity: "mass", toBase: 0.001 },
  { code: "LBR", name: "pound", symbol: "lb", quantity: "mass", toBase: 0.45359237 },
  { code: "LTR", name: "litre", symbol: "l", quantity: "volume", toBase: 0.001 },
  { code: "MLT", name: "millilitre", symbol: "ml", quantity: "volume", toBase: 0.000001 },
  { code: "MTQ", name: "cubic metre", symbol: "m³", quantity: "volume", toBase: 1 },
  { code: "C62", name: "one (unit)", symbol: "unit", quantity: "count", toBase: 1 },
  { code: "H87", name: "piece", symbol: "pc", quantity: "count", toBase: 1 },
  { code: "PR", name: "pair", symbol: "pr", quantity: "count", toBase: 2 },
  { code: "DZN", name: "dozen", symbol: "doz", quantity: "count", toBase: 12 },
  { code: "SET", name: "set", symbol: "set", quantity: "count", toBase: 1 },
  { code: "MTR", name: "metre", symbol: "m", quantity: "length", toBase: 1 },
  { code: "MTK", name: "square metre", symbol: "m²", quantity: "area", toBase: 1 },
];

const BY_CODE = new Map(UNITS_OF_MEASURE.map((unit) => [unit.code, unit]));

export function findUnit(code: string): UnitOfMeasure | undefined {
  return BY_CODE.get(code.toUpperCase());
}

/** Converts between units of the same quantity (5 TNE → 5000 KGM); undefined when they do not compare. */
export function convertQuantity(value: number, from: string, to: string): number | undefined {
  const a = findUnit(from);
  const b = findUnit(to);
  if (!a || !b || a.quantity !== b.quantity) return undefined;
  if (a.code === b.code) return value;
  return (value * a.toBase) / b.toBase;
}
