/** HS codes as people write them: 0801.19, 0801.19.0010. The API stores and sends the digits only. */
export function formatHsCode(digits: string): string {
  const clean = digits.replace(/\D/g, "");
  if (clean.length <= 4) return clean;
  if (clean.length <= 6) return `${clean.slice(0, 4)}.${clean.slice(4)}`;
  return `${clean.slice(0, 4)}.${clean.slice(4, 6)}.${clean.slice(6)}`;
}
