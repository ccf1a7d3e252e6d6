import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { findTable, type LoadedFont } from "./fonts.js";

/**
 * Cuts a font down to the glyphs a document draws, with HarfBuzz's subsetter (harfbuzzjs ships it
 * as a second wasm module with the raw C API). Glyph ids change in the subset: the subsetter keeps
 * the retained glyphs in ascending order of their old ids, and the retained set is what we asked for
 * plus .notdef plus the components of composite glyphs (the layout tables are dropped, so GSUB adds
 * nothing: the text was shaped before). So the old → new map is the rank in that closure.
 */

interface SubsetExports {
  memory: WebAssembly.Memory;
  malloc(size: number): number;
  free(ptr: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_glyph_set(input: number): number;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_or_fail(face: number, input: number): number;
  hb_subset_preprocess(face: number): number;
}

const HB_MEMORY_MODE_READONLY = 1;
const HB_SUBSET_SETS_DROP_TABLE_TAG = 3;
const HB_SUBSET_FLAGS_NO_HINTING = 0x1;
/** Tables a PDF renderer never reads from an embedded CIDFontType2 whose text is already shaped. */
const DROPPED_TABLES = ["GSUB", "GPOS", "GDEF", "BASE", "STAT", "JSTF", "MATH", "vhea", "vmtx", "VORG", "gasp", "DSIG", "meta"];

let wasm: SubsetExports | null = null;

function subsetter(): SubsetExports {
  if (!wasm) {
    const require = createRequire(import.meta.url);
    const bytes = readFileSync(require.resolve("harfbuzzjs/dist/harfbuzz-subset.wasm"));
    wasm = new WebAssembly.Instance(new WebAssembly.Module(bytes), {}).exports as unknown as SubsetExports;
  }
  return wasm;
}

const tagNumber = (tag: string) =>
  ((tag.charCodeAt(0) << 24) | (tag.charCodeAt(1) << 16) | (tag.charCodeAt(2) << 8) | tag.charCodeAt(3)) >>> 0;

/** hb_face pointers inside the subsetter's memory, one per font, made once. */
const faces = new Map<string, number>();

function faceFor(font: LoadedFont): number {
  let face = faces.get(font.id);
  if (face === undefined) {
    const hb = subsetter();
    const ptr = hb.malloc(font.bytes.length);
    new Uint8Array(hb.memory.buffer).set(font.bytes, ptr);
    const blob = hb.hb_blob_create(ptr, font.bytes.length, HB_MEMORY_MODE_READONLY, 0, 0);
    const raw = hb.hb_face_create(blob, 0);
    hb.hb_blob_destroy(blob);
    // A preprocessed face keeps the parsed tables, so each later subset of a large CJK font costs
    // a few milliseconds instead of tens.
    face = hb.hb_subset_preprocess(raw);
    hb.hb_face_destroy(raw);
    faces.set(font.id, face);
  }
  return face;
}

/** Glyph ids plus every component a composite glyph in the set refers to, sorted, .notdef first. */
export function glyphClosure(font: LoadedFont, gids: Iterable<number>): number[] {
  const bytes = font.bytes;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const head = findTable(bytes, "head");
  const loca = findTable(bytes, "loca");
  const glyf = findTable(bytes, "glyf");
  const keep = new Set<number>();
  const pending = [0, ...gids];
  if (!head || !loca || !glyf) return [...new Set(pending)].sort((a, b) => a - b);
  const longOffsets = view.getInt16(head.offset + 50) === 1;
  const glyphCount = loca.length / (longOffsets ? 4 : 2) - 1;
  const glyphStart = (gid: number) =>
    longOffsets ? view.getUint32(loca.offset + gid * 4) : view.getUint16(loca.offset + gid * 2) * 2;
  while (pending.length > 0) {
    const gid = pending.pop()!;
    if (keep.has(gid) || gid >= glyphCount) continue;
    keep.add(gid);
    const start = glyphStart(gid);
    if (glyphStart(gid + 1) === start) continue;
    let at = glyf.offset + start;
    if (view.getInt16(at) >= 0) continue;
    at += 10;
    for (;;) {
      const flags = view.getUint16(at);
      const component = view.getUint16(at + 2);
      if (!keep.has(component)) pending.push(component);
      at += 4 + (flags & 0x1 ? 4 : 2);
      if (flags & 0x8) at += 2;
      else if (flags & 0x40) at += 4;
      else if (flags & 0x80) at += 8;
      if (!(flags & 0x20)) break;
    }
  }
  return [...keep].sort((a, b) => a - b);
}

export interface FontSubset {
  bytes: Uint8Array;
  /** New glyph id for each old glyph id the caller asked for. */
  newGid: Map<number, number>;
}

const cache = new Map<string, FontSubset>();
const CACHE_SIZE = 256;

/**
 * The subset is cached by its glyph set: documents of one company repeat the same names, labels and
 * digits, so most documents after the first reuse a subset already cut.
 */
export function subsetFont(font: LoadedFont, gids: Iterable<number>): FontSubset {
  const closure = glyphClosure(font, gids);
  const key = `${font.id}:${closure.join(",")}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const hb = subsetter();
  const input = hb.hb_subset_input_create_or_fail();
  if (input === 0) throw new Error("harfbuzz subset input allocation failed");
  try {
    const glyphSet = hb.hb_subset_input_glyph_set(input);
    for (const gid of closure) hb.hb_set_add(glyphSet, gid);
    const drop = hb.hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
    for (const tag of DROPPED_TABLES) hb.hb_set_add(drop, tagNumber(tag));
    hb.hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NO_HINTING);
    const subsetFace = hb.hb_subset_or_fail(faceFor(font), input);
    if (subsetFace === 0) throw new Error(`harfbuzz could not subset ${font.name}`);
    const blob = hb.hb_face_reference_blob(subsetFace);
    const ptr = hb.hb_blob_get_data(blob, 0);
    const length = hb.hb_blob_get_length(blob);
    const bytes = new Uint8Array(hb.memory.buffer, ptr, length).slice();
    hb.hb_blob_destroy(blob);
    hb.hb_face_destroy(subsetFace);
    const newGid = new Map<number, number>();
    closure.forEach((gid, index) => newGid.set(gid, index));
    const subset = { bytes, newGid };
    cache.set(key, subset);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
    return subset;
  } finally {
    hb.hb_subset_input_destroy(input);
  }
}
