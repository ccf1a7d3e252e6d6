import { createHash } from "node:crypto";
import { deflateSync } from "node:zlib";
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString, type PDFPage, type PDFRef } from "pdf-lib";
import QRCode from "qrcode";
import type { FontId, LoadedFont } from "./fonts.js";
import { subsetFont } from "./subset.js";
import { paragraphIsRtl, shapeLine, wrapText, type ShapedLine, type TextStyle } from "./text.js";

/** A4 in points. */
export const PAGE_WIDTH = 595.28;
export const PAGE_HEIGHT = 841.89;

export type Rgb = [number, number, number];

/**
 * The glyphs one document draws from one font. Each distinct (glyph, text) pair gets its own CID:
 * Noto Sans Arabic draws the dots of ش ق ف as separate glyphs and the base of ش is the base of س,
 * so a glyph cannot map to one letter. The ToUnicode map gives each CID the text of its cluster (or
 * none), and the CIDToGIDMap points it at its glyph in the subset font.
 */
class FontUsage {
  private readonly cids = new Map<string, number>();
  readonly gids: number[] = [0];
  readonly texts: string[] = [""];

  constructor(
    readonly font: LoadedFont,
    readonly ref: PDFRef,
  ) {}

  cid(gid: number, text: string): number {
    const key = `${gid}\u0000${text}`;
    let cid = this.cids.get(key);
    if (cid === undefined) {
      cid = this.gids.length;
      if (cid > 0xffff) throw new Error("a document uses more than 65,535 distinct glyphs of one font");
      this.gids.push(gid);
      this.texts.push(text);
      this.cids.set(key, cid);
    }
    return cid;
  }
}

export interface FinishOptions {
  title?: string;
  author?: string;
  language?: string;
  date?: Date;
  attachment?: { filename: string; bytes: Uint8Array; mimeType: string; description: string };
  metadata?: Record<string, string>;
  /**
   * Writes every object as plain text instead of packing dictionaries into compressed object
   * streams, so the Info dictionary (and the document id in it) can be found by a byte search.
   */
  uncompressedObjects?: boolean;
}

export interface PageCanvas {
  readonly index: number;
  readonly page: PDFPage;
  /** Content stream operators, joined when the document is finished. */
  readonly ops: string[];
  readonly fontKeys: Map<FontId, string>;
}

export interface TextOptions extends TextStyle {
  size: number;
  color?: Rgb;
  /** `start` is left for a left-to-right paragraph and right for a right-to-left one. */
  align?: "left" | "right" | "center" | "start";
  /** Box width for right/center/start alignment. */
  width?: number;
}

const n = (value: number) => {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? "0" : String(rounded);
};

const n4 = (value: number) => String(Math.round(value * 10000) / 10000);

const hex4 = (value: number) => value.toString(16).padStart(4, "0");

function utf16Hex(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) out += hex4(text.charCodeAt(i));
  return out;
}

/**
 * Draws A4 pages with top-left coordinates (y grows downwards) in points. Text goes through the
 * shaping pipeline and the hand-built Type0 fonts; lines, boxes and the QR code are vector paths.
 */
export class PdfWriter {
  readonly pages: PageCanvas[] = [];
  private readonly usages = new Map<FontId, FontUsage>();

  private constructor(readonly doc: PDFDocument) {}

  static async create(): Promise<PdfWriter> {
    return new PdfWriter(await PDFDocument.create({ updateMetadata: false }));
  }

  addPage(): PageCanvas {
    const page = this.doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    const canvas = { index: this.pages.length, page, ops: [], fontKeys: new Map<FontId, string>() };
    this.pages.push(canvas);
    return canvas;
  }

  private usage(font: LoadedFont): FontUsage {
    let usage = this.usages.get(font.id);
    if (!usage) {
      usage = new FontUsage(font, this.doc.context.nextRef());
      this.usages.set(font.id, usage);
    }
    return usage;
  }

  private fontKey(canvas: PageCanvas, font: LoadedFont): string {
    let key = canvas.fontKeys.get(font.id);
    if (!key) {
      key = canvas.page.node.newFontDictionary(font.id, this.usage(font).ref).asString();
      canvas.fontKeys.set(font.id, key);
    }
    return key;
  }

  /**
   * Draws one shaped line with its left end at x and its baseline at y. Glyphs that carry text go
   * into TJ arrays with the HarfBuzz advances and offsets as adjustments. Glyphs that carry none
   * (the dots and vowel signs Noto Sans Arabic draws as separate glyphs, the second glyph of a
   * cluster) are drawn as filled outlines after the text: as text they would need a ToUnicode entry
   * that pdf.js prints as a control character and poppler as a stray character on another baseline.
   */
  drawLine(canvas: PageCanvas, line: ShapedLine, x: number, baseline: number, size: number, color: Rgb = [0, 0, 0]): void {
    const ops = canvas.ops;
    const y = PAGE_HEIGHT - baseline;
    const em = size / 1000;
    const fill = `${n(color[0])} ${n(color[1])} ${n(color[2])} rg`;
    const outlines: string[] = [];
    ops.push(`BT ${fill}`);
    let runX = x;
    for (const run of line.runs) {
      const scale = 1000 / run.font.metrics.unitsPerEm;
      let array = "";
      let pending = 0;
      let rise = 0;
      let pen = 0;
      let started = false;
      const addPending = () => {
        if (Math.abs(pending) >= 0.005) array += ` ${n(pending)} `;
        pending = 0;
      };
      for (const glyph of run.glyphs) {
        if (glyph.text === "") {
          const outline = run.font.outline(glyph.gid);
          if (outline !== "") {
            const s = em / scale;
            outlines.push(`q ${n4(s)} 0 0 ${n4(s)} ${n(runX + (pen + glyph.xOffset) * em)} ${n(y + glyph.yOffset * em)} cm ${outline} f Q`);
          }
          pending -= glyph.advance;
          pen += glyph.advance;
          continue;
        }
        if (!started) {
          ops.push(`${this.fontKey(canvas, run.font)} ${n(size)} Tf 1 0 0 1 ${n(runX)} ${n(y)} Tm`);
          started = true;
        }
        const cid = this.usage(run.font).cid(glyph.gid, glyph.text);
        if (glyph.yOffset !== rise) {
          addPending();
          if (array !== "") ops.push(`[${array}] TJ`);
          array = "";
          rise = glyph.yOffset;
          ops.push(`${n(rise * em)} Ts`);
        }
        pending -= glyph.xOffset;
        addPending();
        array += `<${hex4(cid)}>`;
        pending = glyph.xOffset + run.font.advance(glyph.gid) * scale - glyph.advance;
        pen += glyph.advance;
      }
      if (array !== "") ops.push(`[${array}] TJ`);
      if (rise !== 0) ops.push("0 Ts");
      runX += run.width * em;
    }
    ops.push("ET");
    if (outlines.length > 0) ops.push(`q ${fill}`, ...outlines, "Q");
  }

  /** One line of text; returns its width in points. */
  text(canvas: PageCanvas, value: string, x: number, baseline: number, options: TextOptions): number {
    const line = shapeLine(value, options);
    const width = (line.width * options.size) / 1000;
    const box = options.width ?? 0;
    const align = options.align === "start" || options.align === undefined ? (line.rtl && box > 0 ? "right" : "left") : options.align;
    const left = align === "right" ? x + box - width : align === "center" ? x + (box - width) / 2 : x;
    this.drawLine(canvas, line, left, baseline, options.size, options.color);
    return width;
  }

  /**
   * Wrapped text in a column from `top`; returns the height used. A right-to-left paragraph is
   * aligned to the right of the column unless told otherwise.
   */
  paragraph(canvas: PageCanvas, value: string, x: number, top: number, width: number, options: TextOptions & { leading?: number }): number {
    const lines = wrapText(value, width, options.size, options);
    const leading = options.leading ?? options.size * 1.25;
    lines.forEach((line, i) => {
      const align = options.align ?? (paragraphIsRtl(value) ? "right" : "left");
      this.text(canvas, line, x, top + options.size + i * leading, { ...options, align, width });
    });
    return lines.length * leading;
  }

  rect(canvas: PageCanvas, x: number, y: number, width: number, height: number, style: { stroke?: Rgb; fill?: Rgb; lineWidth?: number }): void {
    const ops = canvas.ops;
    ops.push("q");
    if (style.fill) ops.push(`${style.fill.map(n).join(" ")} rg`);
    if (style.stroke) ops.push(`${style.stroke.map(n).join(" ")} RG ${n(style.lineWidth ?? 0.5)} w`);
    ops.push(`${n(x)} ${n(PAGE_HEIGHT - y - height)} ${n(width)} ${n(height)} re ${style.fill && style.stroke ? "B" : style.fill ? "f" : "S"}`);
    ops.push("Q");
  }

  line(canvas: PageCanvas, x1: number, y1: number, x2: number, y2: number, color: Rgb = [0, 0, 0], lineWidth = 0.5): void {
    canvas.ops.push(`q ${color.map(n).join(" ")} RG ${n(lineWidth)} w ${n(x1)} ${n(PAGE_HEIGHT - y1)} m ${n(x2)} ${n(PAGE_HEIGHT - y2)} l S Q`);
  }

  /** A QR code as filled squares (one path per row of dark modules), crisp at any print size. */
  qr(canvas: PageCanvas, url: string, x: number, y: number, size: number): void {
    const key = `${url}|${x}|${y}|${size}`;
    let ops = qrOps.get(key);
    if (ops === undefined) {
      ops = qrPath(url, x, y, size);
      qrOps.set(key, ops);
      if (qrOps.size > 64) qrOps.delete(qrOps.keys().next().value!);
    }
    canvas.ops.push(ops);
  }

  /** Adds a link annotation over a rectangle (the QR code and the verification line). */
  link(canvas: PageCanvas, url: string, x: number, y: number, width: number, height: number): void {
    const context = this.doc.context;
    const annotation = context.register(
      context.obj({
        Type: "Annot",
        Subtype: "Link",
        Rect: [x, PAGE_HEIGHT - y - height, x + width, PAGE_HEIGHT - y],
        Border: [0, 0, 0],
        A: { Type: "Action", S: "URI", URI: PDFString.of(url) },
      }),
    );
    canvas.page.node.addAnnot(annotation);
  }

  private writeFont(usage: FontUsage): void {
    const context = this.doc.context;
    const font = usage.font;
    const subset = subsetFont(font, usage.gids);
    const scale = 1000 / font.metrics.unitsPerEm;
    const tag = subsetTag(subset.bytes);
    const baseFont = `${tag}+${font.name}`;
    const fontFile = context.register(
      context.stream(deflatedFontProgram(subset.bytes), { Filter: "FlateDecode", Length1: subset.bytes.length }),
    );
    const m = font.metrics;
    const descriptor = context.register(
      context.obj({
        Type: "FontDescriptor",
        FontName: baseFont,
        Flags: 4,
        FontBBox: m.bbox.map((v) => Math.round(v * scale)),
        ItalicAngle: 0,
        Ascent: Math.round(m.ascent * scale),
        Descent: Math.round(m.descent * scale),
        CapHeight: Math.round(m.capHeight * scale),
        StemV: 80,
        FontFile2: fontFile,
      }),
    );
    const cidToGid = new Uint8Array(usage.gids.length * 2);
    usage.gids.forEach((gid, cid) => {
      const newGid = subset.newGid.get(gid) ?? 0;
      cidToGid[cid * 2] = newGid >> 8;
      cidToGid[cid * 2 + 1] = newGid & 0xff;
    });
    const cidToGidMap = context.register(context.stream(deflateSync(cidToGid), { Filter: "FlateDecode" }));
    const widths = usage.gids.slice(1).map((gid) => Math.round(font.advance(gid) * scale));
    const descendant = context.register(
      context.obj({
        Type: "Font",
        Subtype: "CIDFontType2",
        BaseFont: baseFont,
        CIDSystemInfo: { Registry: PDFString.of("Adobe"), Ordering: PDFString.of("Identity"), Supplement: 0 },
        FontDescriptor: descriptor,
        DW: 1000,
        W: [1, widths],
        CIDToGIDMap: cidToGidMap,
      }),
    );
    context.assign(
      usage.ref,
      context.obj({
        Type: "Font",
        Subtype: "Type0",
        BaseFont: baseFont,
        Encoding: "Identity-H",
        DescendantFonts: [descendant],
        ToUnicode: context.register(context.stream(deflateSync(toUnicodeCMap(usage.texts)), { Filter: "FlateDecode" })),
      }),
    );
  }

  /**
   * Embeds a file as an associated file of the document (PDF/A-3 and Factur-X style: listed in
   * the EmbeddedFiles name tree and in the catalog's /AF with /AFRelationship /Alternative), its
   * stream compressed with zlib rather than pdf-lib's slower JavaScript deflate.
   */
  private attach(file: NonNullable<FinishOptions["attachment"]>, date: Date | undefined): void {
    const context = this.doc.context;
    const stamp = date ? PDFString.fromDate(date) : undefined;
    const embedded = context.register(
      context.stream(deflateSync(file.bytes), {
        Type: "EmbeddedFile",
        Subtype: file.mimeType,
        Filter: "FlateDecode",
        Params: { Size: file.bytes.length, ...(stamp ? { CreationDate: stamp, ModDate: stamp } : {}) },
      }),
    );
    const spec = context.register(
      context.obj({
        Type: "Filespec",
        F: PDFString.of(file.filename),
        UF: PDFHexString.fromText(file.filename),
        EF: { F: embedded, UF: embedded },
        Desc: PDFHexString.fromText(file.description),
        AFRelationship: "Alternative",
      }),
    );
    const catalog = this.doc.catalog;
    catalog.set(PDFName.of("Names"), context.obj({ EmbeddedFiles: { Names: [PDFHexString.fromText(file.filename), spec] } }));
    const af = context.obj([spec]);
    if (!(af instanceof PDFArray)) throw new Error("an /AF array");
    catalog.set(PDFName.of("AF"), af);
  }

  /**
   * Writes fonts and page contents, then the file. Dates are the document's own (not the time of
   * writing) so the same document renders to the same bytes; custom metadata keys go into the
   * Info dictionary, where a verifier finds the document id without trusting the page.
   */
  async finish(options: FinishOptions = {}): Promise<Uint8Array> {
    const doc = this.doc;
    if (options.title) doc.setTitle(options.title);
    if (options.author) doc.setAuthor(options.author);
    if (options.language) doc.setLanguage(options.language);
    doc.setProducer("Caravan (pdf-lib, HarfBuzz)");
    doc.setCreator("Caravan");
    if (options.date) {
      doc.setCreationDate(options.date);
      doc.setModificationDate(options.date);
    }
    if (options.attachment) this.attach(options.attachment, options.date);
    const info = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict);
    for (const [key, value] of Object.entries(options.metadata ?? {})) info.set(PDFName.of(key), PDFString.of(value));
    for (const usage of this.usages.values()) this.writeFont(usage);
    const context = this.doc.context;
    for (const canvas of this.pages) {
      // Level 1: page content is made anew for every document, and the fastest level costs a few
      // per cent of size for a fraction of the time.
      const content = context.register(context.stream(deflateSync(canvas.ops.join("\n"), { level: 1 }), { Filter: "FlateDecode" }));
      canvas.page.node.set(PDFName.of("Contents"), content);
    }
    return this.doc.save({ addDefaultPage: false, useObjectStreams: !options.uncompressedObjects });
  }
}

/** The same verification link is drawn on every page of a document: its path is made once. */
const qrOps = new Map<string, string>();

function qrPath(url: string, x: number, y: number, size: number): string {
  const code = QRCode.create(url, { errorCorrectionLevel: "M" });
  const count = code.modules.size;
  const quiet = 2;
  const unit = size / (count + quiet * 2);
  const ops = [`q 1 1 1 rg ${n(x)} ${n(PAGE_HEIGHT - y - size)} ${n(size)} ${n(size)} re f 0 0 0 rg`];
  for (let row = 0; row < count; row++) {
    let col = 0;
    while (col < count) {
      if (!code.modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < count && code.modules.get(row, col)) col++;
      const left = x + (start + quiet) * unit;
      const top = y + (row + quiet) * unit;
      ops.push(`${n(left)} ${n(PAGE_HEIGHT - top - unit)} ${n((col - start) * unit)} ${n(unit)} re`);
    }
  }
  ops.push("f Q");
  return ops.join("\n");
}

const tags = new WeakMap<Uint8Array, string>();

/** The six-letter subset tag of a font name, from the subset's bytes. */
function subsetTag(bytes: Uint8Array): string {
  let tag = tags.get(bytes);
  if (!tag) {
    tag = [...createHash("sha1").update(bytes).digest().subarray(0, 6)].map((b) => String.fromCharCode(65 + (b % 26))).join("");
    tags.set(bytes, tag);
  }
  return tag;
}

const deflatedFonts = new WeakMap<Uint8Array, Uint8Array>();

/** A subset is cached and reused across documents (subset.ts); so is its compressed form. */
function deflatedFontProgram(bytes: Uint8Array): Uint8Array {
  let deflated = deflatedFonts.get(bytes);
  if (!deflated) {
    deflated = deflateSync(bytes);
    deflatedFonts.set(bytes, deflated);
  }
  return deflated;
}

/** A ToUnicode CMap: every CID maps to the text of the cluster its glyph carries. */
export function toUnicodeCMap(texts: string[]): string {
  const entries: string[] = [];
  texts.forEach((text, cid) => {
    if (cid > 0) entries.push(`<${hex4(cid)}> <${utf16Hex(text)}>`);
  });
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const block = entries.slice(i, i + 100);
    blocks.push(`${block.length} beginbfchar\n${block.join("\n")}\nendbfchar`);
  }
  return [
    "/CIDInit /ProcSet findresource begin",
    "12 dict begin",
    "begincmap",
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
    "/CMapName /Adobe-Identity-UCS def",
    "/CMapType 2 def",
    "1 begincodespacerange",
    "<0000> <FFFF>",
    "endcodespacerange",
    ...blocks,
    "endcmap",
    "CMapName currentdict /CMap defineresource pop",
    "end",
    "end",
  ].join("\n");
}

