import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Reading documents back the way a customs officer's tools would: poppler and pdf.js. */

export interface Raster {
  width: number;
  height: number;
  /** One byte per pixel, 0 black … 255 white. */
  pixels: Uint8Array;
  /** Pixels per PDF point. */
  scale: number;
}

function withFile<T>(bytes: Uint8Array, run: (path: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), "caravan-pdf-"));
  try {
    const path = join(dir, "doc.pdf");
    writeFileSync(path, bytes);
    return run(path, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Renders one page with pdftoppm into a greyscale raster. */
export function renderPage(bytes: Uint8Array, page = 1, dpi = 144): Raster {
  return withFile(bytes, (path, dir) => {
    execFileSync("pdftoppm", ["-gray", "-r", String(dpi), "-f", String(page), "-l", String(page), "-singlefile", path, join(dir, "page")]);
    const pgm = readFileSync(join(dir, "page.pgm"));
    // P5\n<width> <height>\n255\n<pixels>
    const header = pgm.subarray(0, 40).toString("latin1");
    const match = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(header);
    if (!match) throw new Error("pdftoppm did not write a PGM");
    const width = Number(match[1]);
    const height = Number(match[2]);
    return { width, height, pixels: new Uint8Array(pgm.subarray(match[0].length)), scale: dpi / 72 };
  });
}

/** Renders a page to PNG bytes (for docs and for looking at a failure). */
export function renderPng(bytes: Uint8Array, page = 1, dpi = 72): Buffer {
  return withFile(bytes, (path, dir) => {
    execFileSync("pdftoppm", ["-png", "-r", String(dpi), "-f", String(page), "-l", String(page), "-singlefile", path, join(dir, "page")]);
    return readFileSync(join(dir, "page.png"));
  });
}

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Dark pixels (below 128) inside an area given in PDF points from the top-left corner. */
export function inkIn(raster: Raster, area: Area): number {
  let ink = 0;
  const x0 = Math.max(0, Math.floor(area.x * raster.scale));
  const x1 = Math.min(raster.width, Math.ceil((area.x + area.width) * raster.scale));
  const y0 = Math.max(0, Math.floor(area.y * raster.scale));
  const y1 = Math.min(raster.height, Math.ceil((area.y + area.height) * raster.scale));
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if ((raster.pixels[y * raster.width + x] ?? 255) < 128) ink++;
  return ink;
}

/** For each pixel column of an area, whether any pixel in it is dark. */
export function inkColumns(raster: Raster, area: Area): boolean[] {
  const x0 = Math.max(0, Math.floor(area.x * raster.scale));
  const x1 = Math.min(raster.width, Math.ceil((area.x + area.width) * raster.scale));
  const y0 = Math.max(0, Math.floor(area.y * raster.scale));
  const y1 = Math.min(raster.height, Math.ceil((area.y + area.height) * raster.scale));
  const columns: boolean[] = [];
  for (let x = x0; x < x1; x++) {
    let dark = false;
    for (let y = y0; y < y1 && !dark; y++) dark = (raster.pixels[y * raster.width + x] ?? 255) < 128;
    columns.push(dark);
  }
  return columns;
}

/**
 * Share of pixels that differ (one dark, the other light) between two areas of the same size:
 * 0 when the same glyphs are drawn the same way.
 */
export function difference(a: Raster, areaA: Area, b: Raster, areaB: Area): number {
  const w = Math.round(areaA.width * a.scale);
  const h = Math.round(areaA.height * a.scale);
  const ax = Math.round(areaA.x * a.scale);
  const ay = Math.round(areaA.y * a.scale);
  const bx = Math.round(areaB.x * b.scale);
  const by = Math.round(areaB.y * b.scale);
  let differ = 0;
  let inked = 0;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const pa = (a.pixels[(ay + y) * a.width + ax + x] ?? 255) < 128;
      const pb = (b.pixels[(by + y) * b.width + bx + x] ?? 255) < 128;
      if (pa || pb) inked++;
      if (pa !== pb) differ++;
    }
  }
  return inked === 0 ? 0 : differ / inked;
}

/** The text poppler extracts, without the embedding marks it adds around right-to-left runs. */
export function pdftotext(bytes: Uint8Array, options: { layout?: boolean } = {}): string {
  return withFile(bytes, (path) =>
    execFileSync("pdftotext", [...(options.layout ? ["-layout"] : []), "-enc", "UTF-8", path, "-"])
      .toString("utf8")
      .replace(/[\u202a-\u202e]/g, ""),
  );
}

/** The text pdf.js extracts, page by page: its items joined, a line break where it ends a line. */
export async function pdfjsText(bytes: Uint8Array): Promise<string[]> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : "")).join(""));
  }
  await doc.destroy();
  return pages;
}

export interface TextItem {
  str: string;
  /** Left end and baseline, in PDF points from the top-left corner. */
  x: number;
  baseline: number;
  width: number;
  size: number;
}

/** pdf.js's text items of a page with where they are drawn: to find a word on the rendered page. */
export async function pdfjsItems(bytes: Uint8Array, pageNumber = 1): Promise<TextItem[]> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  const page = await doc.getPage(pageNumber);
  const height = page.view[3] ?? 841.89;
  const content = await page.getTextContent();
  const items: TextItem[] = [];
  for (const item of content.items) {
    if (!("str" in item) || item.str === "") continue;
    const [a = 0, , , , e = 0, f = 0] = item.transform as number[];
    items.push({ str: item.str, x: e, baseline: height - f, width: item.width, size: Math.abs(a) });
  }
  await doc.destroy();
  return items;
}

/** The files a PDF carries (pdf.js's view of /EmbeddedFiles), by name. */
export async function pdfAttachments(bytes: Uint8Array): Promise<Record<string, Uint8Array>> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  const attachments = ((await doc.getAttachments()) ?? {}) as Record<string, { filename: string; content: Uint8Array }>;
  await doc.destroy();
  return Object.fromEntries(Object.values(attachments).map((a) => [a.filename, a.content]));
}

/** The link targets on each page (the QR code's verification link). */
export async function pdfjsLinks(bytes: Uint8Array): Promise<string[][]> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  const pages: string[][] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const annotations = (await (await doc.getPage(i)).getAnnotations()) as { url?: string }[];
    pages.push(annotations.map((a) => a.url ?? "").filter(Boolean));
  }
  await doc.destroy();
  return pages;
}
