import bidiFactory from "bidi-js";
import * as hb from "harfbuzzjs";
import { loadFont, type FontId, type LoadedFont } from "./fonts.js";

/**
 * Text → positioned glyphs: bidi levels (bidi-js), a font per character run (fallback by script and
 * coverage), shaping per run in its own direction (HarfBuzz), runs reordered for display.
 *
 * Numbers, codes, dates and amounts must be wrapped with `ltr()` by the caller: after an Arabic
 * word the bidi algorithm turns "2026-000123" into "000123-2026" (European digits after an Arabic
 * letter become Arabic numbers and the hyphen stays neutral). The isolate marks steer the levels and
 * are never drawn or extracted.
 */

const bidi = bidiFactory();

const LRI = "\u2066";
const PDI = "\u2069";

/** Wraps a number, code, date or amount as a left-to-right isolate so bidi never reorders it. */
export function ltr(value: string): string {
  return value === "" ? value : `${LRI}${value}${PDI}`;
}

/** Removes the isolate marks `ltr()` adds: what the reader sees and what extraction gives back. */
export function visibleText(value: string): string {
  return value.replace(BIDI_CONTROLS, "");
}

const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const isBidiControl = (cp: number) =>
  cp === 0x200e || cp === 0x200f || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);

export type TextScript = "arabic" | "hebrew" | "han" | "kana" | "hangul" | "common" | "other";

export function scriptOf(cp: number): TextScript {
  if (cp < 0x41) return "common";
  if (cp < 0x0300) return (cp >= 0x5b && cp <= 0x60) || (cp >= 0x7b && cp <= 0xbf) || cp === 0xd7 || cp === 0xf7 ? "common" : "other";
  if (cp < 0x0370) return "common";
  if (cp >= 0x0590 && cp <= 0x05ff) return "hebrew";
  if ((cp >= 0x0600 && cp <= 0x06ff) || (cp >= 0x0750 && cp <= 0x077f) || (cp >= 0x0870 && cp <= 0x08ff)) return "arabic";
  if (cp >= 0x1100 && cp <= 0x11ff) return "hangul";
  if (cp >= 0x2000 && cp <= 0x206f) return "common";
  if (cp >= 0x20a0 && cp <= 0x20cf) return "common";
  if ((cp >= 0x2e80 && cp <= 0x2fff) || (cp >= 0x3000 && cp <= 0x303f)) return "han";
  if ((cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0x31f0 && cp <= 0x31ff)) return "kana";
  if ((cp >= 0x3130 && cp <= 0x318f) || (cp >= 0xac00 && cp <= 0xd7af)) return "hangul";
  if ((cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff)) return "han";
  if (cp >= 0xfb1d && cp <= 0xfb4f) return "hebrew";
  if ((cp >= 0xfb50 && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfeff)) return "arabic";
  if (cp >= 0xff00 && cp <= 0xffef) return cp >= 0xffa0 && cp <= 0xffdc ? "hangul" : cp >= 0xff65 && cp <= 0xff9f ? "kana" : "han";
  if (cp >= 0x20000 && cp <= 0x3ffff) return "han";
  return "other";
}

export interface TextStyle {
  bold?: boolean;
  /** Language hint for Han characters shared by Chinese, Japanese and Korean: picks the font. */
  cjk?: "zh" | "ja" | "ko";
}

function primaryFont(script: TextScript, style: TextStyle): FontId {
  switch (script) {
    case "arabic":
      return style.bold ? "arabicBold" : "arabic";
    case "hebrew":
      return style.bold ? "hebrewBold" : "hebrew";
    case "kana":
      return "jp";
    case "hangul":
      return "kr";
    case "han":
      return style.cjk === "ja" ? "jp" : style.cjk === "ko" ? "kr" : "sc";
    default:
      return style.bold ? "sansBold" : "sans";
  }
}

const FALLBACKS: FontId[] = ["sans", "arabic", "hebrew", "sc", "jp", "kr"];

function coveringFont(cp: number, wanted: FontId): FontId {
  if (loadFont(wanted).glyphFor(cp) !== 0) return wanted;
  for (const id of FALLBACKS) if (id !== wanted && loadFont(id).glyphFor(cp) !== 0) return id;
  return wanted;
}

/** One glyph as drawn: ids and offsets in thousandths of an em (PDF glyph space). */
export interface PlacedGlyph {
  gid: number;
  /** Text this glyph stands for in extraction: the whole cluster for its widest glyph, "" for the rest. */
  text: string;
  advance: number;
  xOffset: number;
  yOffset: number;
}

export interface GlyphRun {
  font: LoadedFont;
  rtl: boolean;
  glyphs: PlacedGlyph[];
  /** Sum of the advances, thousandths of an em. */
  width: number;
}

export interface ShapedLine {
  /** In display order, left to right. */
  runs: GlyphRun[];
  width: number;
  rtl: boolean;
}

interface Item {
  start: number;
  end: number;
  level: number;
  font: FontId;
}

function shapeItem(text: string, item: Item): GlyphRun {
  const font = loadFont(item.font);
  const rtl = item.level % 2 === 1;
  const source = text.slice(item.start, item.end);
  const buffer = new hb.Buffer();
  buffer.addText(source);
  buffer.setDirection(rtl ? hb.Direction.RTL : hb.Direction.LTR);
  buffer.guessSegmentProperties();
  hb.shape(font.hbFont, buffer);
  // getGlyphInfosAndPositions defines properties per glyph and is ten times slower than these two.
  const infos = buffer.getGlyphInfos();
  const positions = buffer.getGlyphPositions();
  const NONE = { xAdvance: 0, yAdvance: 0, xOffset: 0, yOffset: 0 };
  const at = (i: number) => positions[i] ?? NONE;
  const clusterStarts = [...new Set(infos.map((g) => g.cluster))].sort((a, b) => a - b);
  const clusterEnd = new Map<number, number>();
  clusterStarts.forEach((c, i) => clusterEnd.set(c, clusterStarts[i + 1] ?? source.length));
  const scale = 1000 / font.metrics.unitsPerEm;
  // The glyph that carries a cluster's text is its widest (the base letter, not a dot or mark
  // drawn first): extraction tools place the text where that glyph sits.
  const carrier = new Map<number, number>();
  infos.forEach((info, i) => {
    const best = carrier.get(info.cluster);
    if (best === undefined || at(i).xAdvance > at(best).xAdvance) carrier.set(info.cluster, i);
  });
  let width = 0;
  const glyphs = infos.map((info, i) => {
    const advance = at(i).xAdvance * scale;
    width += advance;
    return {
      gid: info.codepoint,
      text: carrier.get(info.cluster) === i ? source.slice(info.cluster, clusterEnd.get(info.cluster)) : "",
      advance,
      xOffset: at(i).xOffset * scale,
      yOffset: at(i).yOffset * scale,
    };
  });
  return { font, rtl, glyphs, width };
}

/** Reverses runs for display (UAX #9 rule L2), from the highest level down to the lowest odd level. */
function displayOrder<T extends { level: number }>(items: T[]): T[] {
  const out = [...items];
  let highest = 0;
  let lowestOdd = Infinity;
  for (const item of out) {
    highest = Math.max(highest, item.level);
    if (item.level % 2 === 1) lowestOdd = Math.min(lowestOdd, item.level);
  }
  for (let level = highest; level >= lowestOdd; level--) {
    const levelAt = (k: number) => out[k]?.level ?? -1;
    let i = 0;
    while (i < out.length) {
      if (levelAt(i) < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < out.length && levelAt(j) >= level) j++;
      out.splice(i, j - i, ...out.slice(i, j).reverse());
      i = j;
    }
  }
  return out;
}

/** Direction of a paragraph by its first strong character (isolated spans skipped), as UAX #9 P2. */
export function paragraphIsRtl(text: string): boolean {
  if (!RTL_CHARACTERS.test(text)) return false;
  return bidi.getEmbeddingLevels(text).paragraphs[0]?.level === 1;
}

function splitItems(text: string, levels: Uint8Array, style: TextStyle): Item[] {
  const items: Item[] = [];
  let current: Item | null = null;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const units = cp > 0xffff ? 2 : 1;
    if (isBidiControl(cp)) {
      current = null;
      i += units;
      continue;
    }
    const script = scriptOf(cp);
    const level = levels[i] ?? 0;
    let font: FontId;
    if (script === "common" && current && current.level === level && loadFont(current.font).glyphFor(cp) !== 0) {
      font = current.font;
    } else {
      font = coveringFont(cp, primaryFont(script, style));
    }
    if (current && current.level === level && current.font === font) {
      current.end = i + units;
    } else {
      const item: Item = { start: i, end: i + units, level, font };
      items.push(item);
      current = item;
    }
    i += units;
  }
  return items;
}

const RTL_CHARACTERS = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u200f\u202b\u202e\u2067]|\ud802[\udc00-\udfff]|\ud83b/;

const shaped = new Map<string, ShapedLine>();
const SHAPE_CACHE_SIZE = 8192;

/**
 * Shapes one line (no line breaks inside). Results are cached: labels, units, currencies and the
 * parties' names repeat across lines and documents.
 */
export function shapeLine(text: string, style: TextStyle = {}, rtlParagraph?: boolean): ShapedLine {
  const key = `${style.bold ? 1 : 0}${style.cjk ?? ""}${rtlParagraph === undefined ? "a" : rtlParagraph ? "r" : "l"}${text}`;
  const hit = shaped.get(key);
  if (hit) return hit;
  let levels: Uint8Array;
  let rtl: boolean;
  if (!rtlParagraph && !RTL_CHARACTERS.test(text)) {
    // No right-to-left character: every level is even and display order is logical order.
    levels = new Uint8Array(text.length);
    rtl = false;
  } else {
    const embedding = bidi.getEmbeddingLevels(text, rtlParagraph === undefined ? undefined : rtlParagraph ? "rtl" : "ltr");
    levels = embedding.levels;
    rtl = embedding.paragraphs[0]?.level === 1;
  }
  const items = splitItems(text, levels, style);
  const runs = displayOrder(items).map((item) => shapeItem(text, item));
  const line = { runs, width: runs.reduce((sum, run) => sum + run.width, 0), rtl };
  shaped.set(key, line);
  if (shaped.size > SHAPE_CACHE_SIZE) shaped.delete(shaped.keys().next().value!);
  return line;
}

/** Width in points of a line at a font size. */
export function measure(text: string, size: number, style: TextStyle = {}): number {
  return (shapeLine(text, style).width * size) / 1000;
}

const NO_LINE_START = new Set([..."、。，．：；！？）」』】〉》〕〗〙〛｝］ー…・%,.;:!?)]}"]);
const isCjk = (script: TextScript) => script === "han" || script === "kana" || script === "hangul";

/**
 * Break opportunities: after spaces and between CJK characters (not before closing punctuation);
 * an `ltr()` isolate is never broken, so a document number or amount stays on one line.
 */
export function breakTokens(paragraph: string): string[] {
  const tokens: string[] = [];
  let token = "";
  let inIsolate = 0;
  let previousCjk = false;
  for (const char of paragraph) {
    const cp = char.codePointAt(0)!;
    if (cp === 0x2066 || cp === 0x2067 || cp === 0x2068) inIsolate++;
    if (cp === 0x2069) inIsolate = Math.max(0, inIsolate - 1);
    const cjk = isCjk(scriptOf(cp));
    if (inIsolate === 0 && token !== "" && !NO_LINE_START.has(char) && (cjk || previousCjk) && !/\s$/.test(token)) {
      tokens.push(token);
      token = "";
    }
    token += char;
    previousCjk = cjk;
    if (inIsolate === 0 && (char === " " || char === "\u3000")) {
      tokens.push(token);
      token = "";
    }
  }
  if (token !== "") tokens.push(token);
  return tokens;
}

/** Splits a token that is wider than the line by characters, as a last resort. */
function splitLongToken(token: string, maxWidth: number, size: number, style: TextStyle): string[] {
  const pieces: string[] = [];
  let piece = "";
  for (const char of token) {
    if (piece !== "" && measure(piece + char, size, style) > maxWidth) {
      pieces.push(piece);
      piece = "";
    }
    piece += char;
  }
  if (piece !== "") pieces.push(piece);
  return pieces;
}

const wrapped = new Map<string, string[]>();
const WRAP_CACHE_SIZE = 8192;

/**
 * Greedy line breaking of text (which may hold "\n") into lines no wider than `maxWidth` points.
 * Cached: a table measures each cell for its row height and wraps it again to draw it.
 */
export function wrapText(text: string, maxWidth: number, size: number, style: TextStyle = {}): string[] {
  const key = `${maxWidth}|${size}|${style.bold ? 1 : 0}${style.cjk ?? ""}|${text}`;
  const hit = wrapped.get(key);
  if (hit) return hit;
  const lines = wrapUncached(text, maxWidth, size, style);
  wrapped.set(key, lines);
  if (wrapped.size > WRAP_CACHE_SIZE) wrapped.delete(wrapped.keys().next().value!);
  return lines;
}

function wrapUncached(text: string, maxWidth: number, size: number, style: TextStyle): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    let width = 0;
    for (const token of breakTokens(paragraph)) {
      const tokenWidth = measure(token.trimEnd(), size, style);
      if (line !== "" && width + tokenWidth > maxWidth) {
        lines.push(line.trimEnd());
        line = "";
        width = 0;
      }
      if (line === "" && tokenWidth > maxWidth) {
        const pieces = splitLongToken(token, maxWidth, size, style);
        lines.push(...pieces.slice(0, -1));
        line = pieces[pieces.length - 1] ?? "";
        width = measure(line, size, style);
        continue;
      }
      line += token;
      width += token === token.trimEnd() ? tokenWidth : measure(token, size, style);
    }
    lines.push(line.trimEnd());
  }
  return lines;
}
