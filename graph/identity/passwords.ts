import { hash, verify } from "@node-rs/argon2";

// OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane (about 20-40 ms on this class of machine).
// argon2id is the library's default algorithm; the tests check the stored hash says so.
const ARGON2 = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 256;

// The passwords most often tried first in credential-stuffing lists; longer ones are caught by the length rule.
const COMMON = new Set([
  "password123", "password1234", "qwertyuiop", "1234567890", "0123456789", "123456789a", "iloveyou12",
  "qwerty12345", "1q2w3e4r5t", "passw0rd123", "administrator", "letmein123", "welcome123", "abcdefghij",
  "1qaz2wsx3edc", "qwertyuiop123", "password!23", "zaq12wsxcde", "trustno1234", "sunshine123",
]);

/** Why a password is too weak, as an error code, or null when it will do. */
export function passwordWeakness(password: string, email: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return "PASSWORD_TOO_SHORT";
  if (password.length > MAX_PASSWORD_LENGTH) return "PASSWORD_TOO_LONG";
  const lower = password.toLowerCase();
  if (COMMON.has(lower) || new Set(lower).size < 4) return "PASSWORD_TOO_COMMON";
  const local = email.split("@")[0]?.toLowerCase() ?? "";
  if (local.length >= 4 && lower.includes(local)) return "PASSWORD_CONTAINS_EMAIL";
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against this when the email is unknown keeps both answers equally slow.
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword("caravan-timing-equaliser");
  await verifyPassword(await dummyHash, password);
}
