import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { inflateSync } from "node:zlib";
import * as hb from "harfbuzzjs";

/**
 * The Noto families a document can draw with. Each is read from node_modules and parsed once per
 * process, on first use: a Latin-only invoice never loads the 10 MB Chinese font.
 * CJK families have one weight; bold text in them falls back to the regular face.
 */
export type FontId =
  | "sans"
  | "sansBold"
  | "arabic"
  | "arabicBold"
  | "hebrew"
  | "hebrewBold"
  | "sc"
  | "jp"
  | "kr";

interface FontSource {
  pkg: string;
  file: string;
  /** PostScript-style name written into the PDF (a subset tag is put in front of it). */
  name: string;
}

const SOURCES: Record<FontId, FontSource> = {
  sans: { pkg: "@expo-google-fonts/noto-sans", file: "400Regular/NotoSans_400Regular.ttf", name: "NotoSans-Regular" },
  sansBold: { pkg: "@expo-google-fonts/noto-sans", file: "700Bold/NotoSans_700Bold.ttf", name: "NotoSans-Bold" },
  arabic: { pkg: "@expo-google-fonts/noto-sans-arabic", file: "400Regular/NotoSansArabic_400Regular.ttf", name: "NotoSansArabic-Regular" },
  arabicBold: { pkg: "@expo-google-fonts/noto-sans-arabic", file: "700Bold/NotoSansArabic_700Bold.ttf", name: "NotoSansArabic-Bold" },
  // @fontsource ships Noto Sans Hebrew as WOFF split by Unicode range; the "hebrew" slice holds the
  // Hebrew block with its GSUB/GPOS, which is all a Hebrew run needs (other characters fall back).
  hebrew: { pkg: "@fontsource/noto-sans-hebrew", file: "files/noto-sans-hebrew-hebrew-400-normal.woff", name: "NotoSansHebrew-Regular" },
  hebrewBold: { pkg: "@fontsource/noto-sans-hebrew", file: "files/noto-sans-hebrew-hebrew-700-normal.woff", name: "NotoSansHebrew-Bold" },
  sc: { pkg: "@expo-google-fonts/noto-sans-sc", file: "400Regular/NotoSansSC_400Regular.ttf", name: "NotoSansSC-Regular" },
  jp: { pkg: "@expo-google-fonts/noto-sans-jp", file: "400Regular/NotoSansJP_400Regular.ttf", name: "NotoSansJP-Regular" },
  kr: { pkg: "@expo-google-fonts/noto-sans-kr", file: "400Regular/NotoSansKR_400Regular.ttf", name: "NotoSansKR-Regular" },
};

export interface FontMetrics {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  capHeight: number;
  bbox: [number, number, number, number];
}

export interface LoadedFont {
  id: FontId;
  name: string;
  /** The sfnt bytes (WOFF already unwrapped): what the subsetter cuts from. */
  bytes: Uint8Array;
  hbFont: hb.Font;
  metrics: FontMetrics;
  /** Glyph id for a code point, or 0 when the font has none. */
  glyphFor(codePoint: number): number;
  /** Default advance of a glyph in units per em (what the PDF's /W array says). */
  advance(gid: number): number;
  /** The glyph's outline as PDF path operators in font units (y up), for glyphs drawn as paths. */
  outline(gid: number): string;
}

const r = (value: number) => String(Math.round(value * 10) / 10);

/** HarfBuzz's outline commands as PDF path operators; quadratic segments become cubic ones. */
function pathOperators(commands: { type: string; values: number[] }[]): string {
  const out: string[] = [];
  let x = 0;
  let y = 0;
  for (const { type, values } of commands) {
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = values;
    if (type === "M" || type === "L") {
      out.push(`${r(a)} ${r(b)} ${type === "M" ? "m" : "l"}`);
      [x, y] = [a, b];
    } else if (type === "Q") {
      const c1x = x + (2 / 3) * (a - x);
      const c1y = y + (2 / 3) * (b - y);
      const c2x = c + (2 / 3) * (a - c);
      const c2y = d + (2 / 3) * (b - d);
      out.push(`${r(c1x)} ${r(c1y)} ${r(c2x)} ${r(c2y)} ${r(c)} ${r(d)} c`);
      [x, y] = [c, d];
    } else if (type === "C") {
      out.push(`${[a, b, c, d, e, f].map(r).join(" ")} c`);
      [x, y] = [e, f];
    } else if (type === "Z") {
      out.push("h");
    }
  }
  return out.join(" ");
}

const require = createRequire(import.meta.url);

function packageFile(pkg: string, file: string): string {
  return join(dirname(require.resolve(`${pkg}/package.json`)), file);
}

/** WOFF 1.0 is an sfnt whose tables are zlib-compressed one by one; unwrap it into a plain TTF. */
export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (view.getUint32(0) !== 0x774f4646) return woff;
  const flavor = view.getUint32(4);
  const numTables = view.getUint16(12);
  const tables: { tag: number; checksum: number; data: Uint8Array }[] = [];
  for (let i = 0; i < numTables; i++) {
    const at = 44 + i * 20;
    const tag = view.getUint32(at);
    const offset = view.getUint32(at + 4);
    const compLength = view.getUint32(at + 8);
    const origLength = view.getUint32(at + 12);
    const checksum = view.getUint32(at + 16);
    const raw = woff.subarray(offset, offset + compLength);
    tables.push({ tag, checksum, data: compLength < origLength ? new Uint8Array(inflateSync(raw)) : raw });
  }
  let size = 12 + numTables * 16;
  for (const table of tables) size += (table.data.length + 3) & ~3;
  const out = new Uint8Array(size);
  const outView = new DataView(out.buffer);
  let searchRange = 1;
  let entrySelector = 0;
  while (searchRange * 2 <= numTables) {
    searchRange *= 2;
    entrySelector++;
  }
  outView.setUint32(0, flavor);
  outView.setUint16(4, numTables);
  outView.setUint16(6, searchRange * 16);
  outView.setUint16(8, entrySelector);
  outView.setUint16(10, numTables * 16 - searchRange * 16);
  let offset = 12 + numTables * 16;
  tables.forEach((table, i) => {
    const at = 12 + i * 16;
    outView.setUint32(at, table.tag);
    outView.setUint32(at + 4, table.checksum);
    outView.setUint32(at + 8, offset);
    outView.setUint32(at + 12, table.data.length);
    out.set(table.data, offset);
    offset += (table.data.length + 3) & ~3;
  });
  return out;
}

/** Offset and length of an sfnt table, or null. */
export function findTable(bytes: Uint8Array, tag: string): { offset: number; length: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const numTables = view.getUint16(4);
  for (let i = 0; i < numTables; i++) {
    const at = 12 + i * 16;
    if (String.fromCharCode(...bytes.subarray(at, at + 4)) === tag) {
      return { offset: view.getUint32(at + 8), length: view.getUint32(at + 12) };
    }
  }
  return null;
}

function readMetrics(bytes: Uint8Array): FontMetrics {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const head = findTable(bytes, "head")!;
  const hhea = findTable(bytes, "hhea")!;
  const os2 = findTable(bytes, "OS/2");
  const unitsPerEm = view.getUint16(head.offset + 18);
  const ascent = view.getInt16(hhea.offset + 4);
  const capHeight = os2 && view.getUint16(os2.offset) >= 2 ? view.getInt16(os2.offset + 88) : Math.round(ascent * 0.7);
  return {
    unitsPerEm,
    ascent,
    descent: view.getInt16(hhea.offset + 6),
    capHeight,
    bbox: [
      view.getInt16(head.offset + 36),
      view.getInt16(head.offset + 38),
      view.getInt16(head.offset + 40),
      view.getInt16(head.offset + 42),
    ],
  };
}

const loaded = new Map<FontId, LoadedFont>();

export function loadFont(id: FontId): LoadedFont {
  const cached = loaded.get(id);
  if (cached) return cached;
  const source = SOURCES[id];
  const bytes = woffToSfnt(new Uint8Array(readFileSync(packageFile(source.pkg, source.file))));
  const hbFont = new hb.Font(new hb.Face(new hb.Blob(bytes)));
  const glyphs = new Map<number, number>();
  const advances = new Map<number, number>();
  const outlines = new Map<number, string>();
  const font: LoadedFont = {
    id,
    name: source.name,
    bytes,
    hbFont,
    metrics: readMetrics(bytes),
    glyphFor(codePoint) {
      let gid = glyphs.get(codePoint);
      if (gid === undefined) {
        gid = hbFont.nominalGlyph(codePoint) ?? 0;
        glyphs.set(codePoint, gid);
      }
      return gid;
    },
    advance(gid) {
      let advance = advances.get(gid);
      if (advance === undefined) {
        advance = hbFont.glyphHAdvance(gid);
        advances.set(gid, advance);
      }
      return advance;
    },
    outline(gid) {
      let outline = outlines.get(gid);
      if (outline === undefined) {
        outline = pathOperators(hbFont.glyphToJson(gid));
        outlines.set(gid, outline);
      }
      return outline;
    },
  };
  loaded.set(id, font);
  return font;
}
