import { randomBytes } from "node:crypto";

const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

/** Crockford base32 of `bytes` random bytes: opaque, URL-safe and unambiguous when read aloud. */
export function randomToken(bytes: number): string {
  const buf = randomBytes(bytes);
  let out = "";
  let bits = 0;
  let value = 0;
  for (const byte of buf) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

export type IdPrefix = "org" | "usr" | "mem" | "ses" | "tok" | "vev" | "fx" | "req" | "quo" | "evt" | "ntf" | "obx";

/** IDs are opaque strings prefixed by their kind, so a log line or support ticket says what it names. */
export function newId(prefix: IdPrefix): string {
  return `${prefix}_${randomToken(12)}`;
}

export function nowIso(now: Date = new Date()): string {
  return now.toISOString();
}
