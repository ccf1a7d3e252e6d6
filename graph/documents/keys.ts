import fs from "node:fs";
import path from "node:path";
import { createCipheriv, createDecipheriv, createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, scryptSync, type KeyObject } from "node:crypto";
import { randomToken, nowIso } from "../../db/ids.js";
import type { DocumentSigningKeysTable } from "../../db/types.js";
import { conflict, notFound } from "../errors.js";
import type { ServiceContext } from "../context.js";
import { withTransaction } from "../context.js";
import * as repo from "./repository.js";

/**
 * The platform's Ed25519 signing keys. The private half is stored encrypted with AES-256-GCM under a
 * key derived from CARAVAN_SIGNING_SECRET, so a copy of the database alone signs nothing.
 */

export type SigningKeyStatus = "active" | "retired" | "revoked";

export interface SigningKey {
  id: string;
  algorithm: "Ed25519";
  /** Raw public key, base64url: the "x" of its JWK. */
  publicKey: string;
  status: SigningKeyStatus;
  createdAt: string;
  retiredAt: string | null;
  revokedAt: string | null;
  revokedReason: string | null;
}

/**
 * A server started without CARAVAN_SIGNING_SECRET (a fresh `npm start`) keeps one of its own in
 * `<dataDir>/signing-secret`, readable by its owner only, made once: documents can be issued from
 * the first run and stay verifiable across restarts. An operator who sets the variable (docs/
 * operations.md, Keys) keeps the secret out of the data directory and its backups.
 */
export function ensureSigningSecret(dataDir: string): "environment" | "file" | "created" {
  if (process.env.CARAVAN_SIGNING_SECRET) return "environment";
  const file = path.join(dataDir, "signing-secret");
  let outcome: "file" | "created" = "file";
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    try {
      fs.writeFileSync(file, `${randomBytes(32).toString("base64url")}\n`, { mode: 0o600, flag: "wx" });
      outcome = "created";
    } catch (error) {
      // Another process (a worker started beside the server) wrote it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  process.env.CARAVAN_SIGNING_SECRET = fs.readFileSync(file, "utf8").trim();
  return outcome;
}

/** Only for development and tests: production refuses to sign without a secret of its own. */
const DEVELOPMENT_SECRET = "caravan-development-signing-secret";

let derived: { secret: string; key: Buffer } | undefined;

function encryptionKey(): Buffer {
  const secret = process.env.CARAVAN_SIGNING_SECRET ?? (process.env.NODE_ENV === "production" ? undefined : DEVELOPMENT_SECRET);
  if (!secret) throw new Error("CARAVAN_SIGNING_SECRET is not set: documents cannot be signed (see docs/operations.md, Keys)");
  // scrypt is slow on purpose; derive once per process and secret.
  if (derived?.secret !== secret) derived = { secret, key: scryptSync(secret, "caravan-document-signing-keys", 32) };
  return derived.key;
}

function encrypt(plain: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", encryptionKey(), iv);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(".");
}

function decrypt(sealed: string): Buffer {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || !body) throw new Error("a signing key is stored in an unknown format");
  const decipher = createDecipheriv("aes-256-gcm", encryptionKey(), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  try {
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]);
  } catch {
    throw new Error("the signing key cannot be decrypted: CARAVAN_SIGNING_SECRET is not the secret it was stored with");
  }
}

function toSigningKey(row: DocumentSigningKeysTable): SigningKey {
  return {
    id: row.id,
    algorithm: "Ed25519",
    publicKey: row.public_key,
    status: row.status as SigningKeyStatus,
    createdAt: row.created_at,
    retiredAt: row.retired_at,
    revokedAt: row.revoked_at,
    revokedReason: row.revoked_reason,
  };
}

function newKeyRow(now: Date): DocumentSigningKeysTable {
  const { publicKey, privateKey } = generateKeyPairSync("ed25519");
  const jwk = publicKey.export({ format: "jwk" });
  return {
    id: `cvk-${nowIso(now).slice(0, 10)}-${randomToken(5)}`,
    algorithm: "Ed25519",
    public_key: jwk.x!,
    private_key_encrypted: encrypt(privateKey.export({ format: "der", type: "pkcs8" })),
    status: "active",
    created_at: nowIso(now),
    retired_at: null,
    revoked_at: null,
    revoked_reason: null,
  };
}

const privateKeys = new Map<string, KeyObject>();
const publicKeys = new Map<string, KeyObject>();

export function publicKeyObject(key: Pick<SigningKey, "id" | "publicKey">): KeyObject {
  let object = publicKeys.get(key.id);
  if (!object) {
    object = createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x: key.publicKey }, format: "jwk" });
    publicKeys.set(key.id, object);
  }
  return object;
}

/**
 * The key that signs new documents, created on first use. Runs inside the issuing transaction; when
 * two first issues race, the unique index on the active key lets one win and the other retries.
 */
export async function activeSigningKey(ctx: ServiceContext): Promise<{ key: SigningKey; privateKey: KeyObject }> {
  let row = await repo.activeKeyRow(ctx.db);
  if (!row) {
    const created = newKeyRow(ctx.now());
    await repo.insertKey(ctx.db, created);
    row = created;
  }
  let privateKey = privateKeys.get(row.id);
  if (!privateKey) {
    privateKey = createPrivateKey({ key: decrypt(row.private_key_encrypted), format: "der", type: "pkcs8" });
    privateKeys.set(row.id, privateKey);
  }
  return { key: toSigningKey(row), privateKey };
}

/** Every key ever used, newest first: what /.well-known/caravan-keys.json publishes. */
export async function signingKeys(ctx: ServiceContext): Promise<SigningKey[]> {
  return (await repo.keyRows(ctx.db)).map(toSigningKey);
}

export async function signingKey(ctx: ServiceContext, id: string): Promise<SigningKey | null> {
  const row = await repo.keyRow(ctx.db, id);
  return row ? toSigningKey(row) : null;
}

/**
 * A new key signs from now on; the one it replaces is retired and still verifies what it signed.
 * Called by the operator (npm run keys:rotate), so it does not check a viewer.
 */
export async function rotateSigningKey(ctx: ServiceContext): Promise<{ active: SigningKey; retired: SigningKey | null }> {
  return withTransaction(ctx, async (tx) => {
    const now = nowIso(tx.now());
    const previous = await repo.activeKeyRow(tx.db);
    if (previous) await repo.updateKey(tx.db, previous.id, { status: "retired", retired_at: now });
    const created = newKeyRow(tx.now());
    await repo.insertKey(tx.db, created);
    return { active: toSigningKey(created), retired: previous ? toSigningKey({ ...previous, status: "retired", retired_at: now }) : null };
  });
}

/**
 * A revoked key vouches for nothing: every document it signed fails the issuer check. Used when a
 * private key may have leaked; the next document is signed by a fresh key.
 */
export async function revokeSigningKey(ctx: ServiceContext, id: string, reason: string): Promise<SigningKey> {
  return withTransaction(ctx, async (tx) => {
    const row = await repo.keyRow(tx.db, id);
    if (!row) throw notFound("SIGNING_KEY_NOT_FOUND");
    if (row.status === "revoked") throw conflict("SIGNING_KEY_ALREADY_REVOKED");
    const now = nowIso(tx.now());
    await repo.updateKey(tx.db, id, { status: "revoked", revoked_at: now, revoked_reason: reason, retired_at: row.retired_at ?? now });
    privateKeys.delete(id);
    return toSigningKey({ ...row, status: "revoked", revoked_at: now, revoked_reason: reason, retired_at: row.retired_at ?? now });
  });
}
