import { z } from "zod";
import { newId, nowIso } from "../../db/ids.js";
import { isDestinationGroup } from "../../db/reference/embargoes.js";
import { findCountry } from "../../db/reference/index.js";
import type { EmbargoesTable } from "../../db/types.js";
import { withTransaction, type ServiceContext } from "../context.js";
import { conflict, notFound } from "../errors.js";
import { actorUserId, requirePlatformAdmin } from "../identity/guards.js";
import { countryCode, isoDate, requiredText, validate } from "../shared/validation.js";
import { today } from "./common.js";
import type { Embargo } from "./embargoes.js";
import { embargoRow, embargoRows, embargoRowsNotOverOn, endEmbargoRow, insertEmbargo } from "./repository.js";

export interface EmbargoRecord extends Embargo {
  createdByUserId: string | null;
  createdAt: string;
  endedByUserId: string | null;
}

export function toEmbargo(row: EmbargoesTable): EmbargoRecord {
  return {
    id: row.id,
    origin: row.origin_country,
    destination: row.destination_country,
    hsPrefix: row.hs_prefix,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    legalBasis: row.legal_basis,
    createdByUserId: row.created_by_user_id,
    createdAt: row.created_at,
    endedByUserId: row.ended_by_user_id,
  };
}

/** Embargoes not over by today, for callers that test many lanes against them (matching), with findEmbargo. */
export async function embargoesNotOver(ctx: ServiceContext): Promise<Embargo[]> {
  return (await embargoRowsNotOverOn(ctx.db, today(ctx))).map(toEmbargo);
}

/** Embargoes in force on a day (today by default), or all of them with `all`. Reference data: anyone may read it. */
export async function listEmbargoes(ctx: ServiceContext, args: { on?: string | null; all?: boolean | null }): Promise<EmbargoRecord[]> {
  const on = args.on ? validate(isoDate, args.on) : today(ctx);
  return (await embargoRows(ctx.db, args.all ? null : on)).map(toEmbargo);
}

const embargoSchema = z
  .object({
    origin: countryCode,
    destination: z
      .string({ required_error: "REQUIRED" })
      .trim()
      .toUpperCase()
      .refine((code) => !!findCountry(code) || isDestinationGroup(code), "EMBARGO_DESTINATION_UNKNOWN"),
    hsPrefix: z
      .string()
      .trim()
      .transform((v) => v.replace(/[. ]/g, ""))
      .refine((v) => v === "" || /^(\d{2}){1,3}$/.test(v), "EMBARGO_HS_PREFIX_INVALID")
      .nullish()
      .transform((v) => v || null),
    validFrom: isoDate,
    validTo: isoDate.nullish().transform((v) => v ?? null),
    legalBasis: requiredText(2000),
  })
  .refine((e) => !e.validTo || e.validTo >= e.validFrom, { message: "EMBARGO_DATES_ORDER", path: ["validTo"] });

export type AddEmbargoInput = z.input<typeof embargoSchema>;

/** Platform admins only: records a ban on a lane (an origin, a country or group of destination, optionally an HS prefix). */
export async function addEmbargo(ctx: ServiceContext, input: AddEmbargoInput): Promise<EmbargoRecord> {
  requirePlatformAdmin(ctx.viewer);
  const data = validate(embargoSchema, input);
  const row: EmbargoesTable = {
    id: newId("emb"),
    origin_country: data.origin,
    destination_country: data.destination,
    hs_prefix: data.hsPrefix,
    valid_from: data.validFrom,
    valid_to: data.validTo,
    legal_basis: data.legalBasis,
    created_by_user_id: actorUserId(ctx.viewer),
    created_at: nowIso(ctx.now()),
    ended_by_user_id: null,
  };
  await insertEmbargo(ctx.db, row);
  return toEmbargo(row);
}

/**
 * Platform admins only: an embargo is lifted by giving its last day in force (today by default),
 * never by deleting it, so a past match or refusal can still be explained.
 */
export async function endEmbargo(ctx: ServiceContext, id: string, lastDay?: string | null): Promise<EmbargoRecord> {
  requirePlatformAdmin(ctx.viewer);
  const validTo = lastDay ? validate(isoDate.transform((v) => v), lastDay) : today(ctx);
  return withTransaction(ctx, async (tx) => {
    const row = await embargoRow(tx.db, id);
    if (!row) throw notFound("EMBARGO_NOT_FOUND");
    if (row.valid_to && row.valid_to < today(ctx)) throw conflict("EMBARGO_ALREADY_ENDED");
    if (validTo < row.valid_from) throw conflict("EMBARGO_DATES_ORDER");
    const ended = { ...row, valid_to: validTo, ended_by_user_id: actorUserId(ctx.viewer) };
    await endEmbargoRow(tx.db, id, validTo, ended.ended_by_user_id);
    return toEmbargo(ended);
  });
}
