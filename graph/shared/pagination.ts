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

export function decodeCursor(cursor: string): (string | number)[] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(value) && value.every((v) => typeof v === "string" || typeof v === "number")) return value;
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
