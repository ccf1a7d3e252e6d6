import { ltr } from "../pdf/text.js";
import type { DocumentSnapshot, LineSnapshot, TransportMode } from "../snapshot.js";
import { countryName, type Sheet } from "./frame.js";
import type { LabelKey } from "./labels.js";
import { labelText } from "../pdf/layout.js";

/** Pieces of goods and transport data several document types print the same way. */

/** The marks of the packages a line is packed in: all of them when few, the range when many. */
export function lineMarks(snapshot: DocumentSnapshot, line: LineSnapshot): string {
  const marks = snapshot.packages.filter((p) => p.lineNos.includes(line.lineNo)).map((p) => p.marks);
  if (marks.length <= 2) return marks.map(ltr).join("\n");
  return `${ltr(marks[0]!)} …\n${ltr(marks[marks.length - 1]!)} (${ltr(String(marks.length))})`;
}

const MODE_LABEL: Record<TransportMode, LabelKey> = { sea: "modeSea", air: "modeAir", road: "modeRoad", rail: "modeRail", post: "modePost" };

export function modeText(sheet: Sheet): string {
  return labelText(sheet.label(MODE_LABEL[sheet.snapshot.mode]));
}

/** Vessel and voyage, or flight and date: what a customs officer matches against the manifest. */
export function meansText(sheet: Sheet): string {
  const t = sheet.snapshot.transport;
  const parts: string[] = [modeText(sheet)];
  if (t.carrier) parts.push(t.carrier);
  if (t.vessel) parts.push(`${t.vessel}${t.voyage ? ` / ${ltr(t.voyage)}` : ""}`);
  if (t.flight) parts.push(`${ltr(t.flight)}${t.flightDate ? ` / ${ltr(t.flightDate)}` : ""}`);
  return parts.join("\n");
}

export const place = (code: string | null | undefined) => (code ? ltr(code) : "—");

export function originDestination(sheet: Sheet): { origin: string; destination: string } {
  return { origin: countryName(sheet.snapshot.originCountry), destination: countryName(sheet.snapshot.destinationCountry) };
}
