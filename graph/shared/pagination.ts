import { problem } from "../errors.js";

export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/** Cursors are opaque to clients: base64url of the sort key and id of the last row seen. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

type CursorPart = "string" | "number";
type Decoded<K extends readonly CursorPart[]> = { [I in keyof K]: K[I] extends "number" ? number : string };

const MAX_CURSOR_LENGTH = 512;

/**
 * Every list's one way to read a cursor: it must be ours (base64url JSON, not too long) and hold
 * exactly the sort key this list writes, part by part (`["string", "string"]` for created_at + id).
 * Anything else is CURSOR_INVALID: `W10` (an empty array) is not "from the start".
 */
export function decodeCursor<const K extends readonly CursorPart[]>(cursor: string, kinds: K): Decoded<K>;
/** A cursor whose length varies (search positions): any non-empty list of strings and numbers. */
export function decodeCursor(cursor: string): (string | number)[];
export function decodeCursor(cursor: string, kinds?: readonly CursorPart[]): (string | number)[] {
  try {
    if (cursor.length <= MAX_CURSOR_LENGTH && /^[A-Za-z0-9_-]+$/.test(cursor)) {
      const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
      const fits =
        Array.isArray(value) &&
        value.length > 0 &&
        value.every((v) => typeof v === "string" || (typeof v === "number" && Number.isFinite(v))) &&
        (!kinds || (value.length === kinds.length && value.every((v, i) => typeof v === kinds[i])));
      if (fits) return value as (string | number)[];
    }
  } catch {
    // fall through to the user error below
  }
  throw problem("after", "CURSOR_INVALID");
}

export function pageSize(first: number | null | undefined): number {
  const size = first ?? 20;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) throw problem("first", "PAGE_SIZE_INVALID", { max: MAX_PAGE_SIZE });
  return size;
}

/** Builds a page from rows fetched with `limit + 1`, so the extra row tells whether there is a next page. */
export function toPage<T>(rows: T[], size: number, totalCount: number, keyOf: (row: T) => (string | number)[]): Page<T> {
  const nodes = rows.slice(0, size);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}
