import { createHash } from "node:crypto";
import { randomToken } from "../../db/ids.js";

/** Session and API tokens are stored only as SHA-256: a copy of the database opens no account. */
export function sha256Hex(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

export function newSessionToken(): string {
  return randomToken(32);
}

export const API_TOKEN_PREFIX = "cvn_";

export function newApiToken(): string {
  return API_TOKEN_PREFIX + randomToken(32);
}
