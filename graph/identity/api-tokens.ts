import { z } from "zod";
import { newId, nowIso } from "../../db/ids.js";
import { withTransaction, type ServiceContext } from "../context.js";
import { conflict, forbidden, notFound } from "../errors.js";
import { requiredText, validate } from "../shared/validation.js";
import { requireOwner, requireUser } from "./guards.js";
import type { ApiToken } from "./model.js";
import { newApiToken, sha256Hex } from "./secrets.js";

/** API tokens: an integration acts for one company with a secret shown once and stored hashed. */

function toApiToken(row: { id: string; name: string; token_prefix: string; created_at: string; last_used_at: string | null; revoked_at: string | null }): ApiToken {
  return { id: row.id, name: row.name, prefix: row.token_prefix, createdAt: row.created_at, lastUsedAt: row.last_used_at, revokedAt: row.revoked_at };
}

export async function listApiTokens(ctx: ServiceContext): Promise<ApiToken[]> {
  const user = requireUser(ctx.viewer);
  if (!user.organisationId) return [];
  const rows = await ctx.db
    .selectFrom("api_tokens")
    .selectAll()
    .where("organisation_id", "=", user.organisationId)
    .orderBy("created_at", "desc")
    .execute();
  return rows.map(toApiToken);
}

export async function createApiToken(ctx: ServiceContext, name: string): Promise<{ apiToken: ApiToken; token: string }> {
  const owner = requireOwner(ctx.viewer);
  const data = validate(z.object({ name: requiredText(80) }), { name });
  const token = newApiToken();
  const row = {
    id: newId("tok"),
    organisation_id: owner.organisationId,
    created_by_user_id: owner.userId,
    name: data.name,
    token_hash: sha256Hex(token),
    token_prefix: token.slice(0, 10),
    created_at: nowIso(ctx.now()),
    last_used_at: null,
    revoked_at: null,
  };
  await ctx.db.insertInto("api_tokens").values(row).execute();
  return { apiToken: toApiToken(row), token };
}

export async function revokeApiToken(ctx: ServiceContext, id: string): Promise<ApiToken> {
  const owner = requireOwner(ctx.viewer);
  return withTransaction(ctx, async (tx) => {
    const row = await tx.db.selectFrom("api_tokens").selectAll().where("id", "=", id).executeTakeFirst();
    if (!row) throw notFound("API_TOKEN_NOT_FOUND");
    if (row.organisation_id !== owner.organisationId) throw forbidden();
    if (row.revoked_at) throw conflict("API_TOKEN_ALREADY_REVOKED");
    const revokedAt = nowIso(ctx.now());
    await tx.db.updateTable("api_tokens").set({ revoked_at: revokedAt }).where("id", "=", id).execute();
    return toApiToken({ ...row, revoked_at: revokedAt });
  });
}
