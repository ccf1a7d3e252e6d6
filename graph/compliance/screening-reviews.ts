import { z } from "zod";
import { newId, nowIso } from "../../db/ids.js";
import type { ScreeningHitsTable, ScreeningReviewsTable } from "../../db/types.js";
import { publish, withTransaction, type ServiceContext } from "../context.js";
import { conflict, notFound } from "../errors.js";
import { actorUserId, requirePlatformAdmin } from "../identity/guards.js";
import { requiredText, validate } from "../shared/validation.js";
import { listedKeys, type ScreeningHit } from "./denied-party-lists.js";
import { SCREENING_DECIDED } from "./events.js";
import {
  decideScreeningReviewRow,
  insertScreeningReview,
  screeningEventRows,
  screeningHitRows,
  screeningReviewRow,
  screeningReviewRows,
} from "./repository.js";

export type ScreeningStatus = "pending" | "approved" | "rejected";

/** The one table of moves: a review is decided once. */
const SCREENING_TRANSITIONS: Record<ScreeningStatus, readonly ScreeningStatus[]> = {
  pending: ["approved", "rejected"],
  approved: [],
  rejected: [],
};

export function canMoveScreening(from: ScreeningStatus, to: ScreeningStatus): boolean {
  return SCREENING_TRANSITIONS[from].includes(to);
}

export interface ScreeningReviewEvent {
  id: string;
  fromStatus: ScreeningStatus | null;
  toStatus: ScreeningStatus;
  byUserId: string | null;
  note: string | null;
  at: string;
}

export interface ScreeningReview {
  id: string;
  subjectKind: string;
  subjectId: string;
  status: ScreeningStatus;
  hits: (ScreeningHit & { partyCountry: string | null; listedCountry: string | null })[];
  createdAt: string;
  decidedByUserId: string | null;
  decidedAt: string | null;
  note: string | null;
  history: ScreeningReviewEvent[];
}

async function hydrateReviews(ctx: ServiceContext, rows: readonly ScreeningReviewsTable[]): Promise<ScreeningReview[]> {
  const ids = rows.map((r) => r.id);
  const [hits, events] = await Promise.all([screeningHitRows(ctx.db, ids), screeningEventRows(ctx.db, ids)]);
  return rows.map((r) => ({
    id: r.id,
    subjectKind: r.subject_kind,
    subjectId: r.subject_id,
    status: r.status as ScreeningStatus,
    hits: hits
      .filter((h) => h.review_id === r.id)
      .map((h) => ({
        partyRole: h.party_role,
        partyName: h.party_name,
        partyCountry: h.party_country,
        listedName: h.listed_name,
        listedCountry: h.listed_country,
        listSource: h.list_source,
        score: h.score,
      })),
    createdAt: r.created_at,
    decidedByUserId: r.decided_by_user_id,
    decidedAt: r.decided_at,
    note: r.note,
    // The clock may not move between opening and deciding (tests, fast admins): opening comes first.
    history: events
      .filter((e) => e.review_id === r.id)
      .sort((a, b) => a.at.localeCompare(b.at) || Number(a.from_status !== null) - Number(b.from_status !== null))
      .map((e) => ({ id: e.id, fromStatus: e.from_status as ScreeningStatus | null, toStatus: e.to_status as ScreeningStatus, byUserId: e.by_user_id, note: e.note, at: e.at })),
  }));
}

/**
 * For trade, in its own transaction (pass it as ctx.db): holds a subject (an order) for an admin's
 * review of the screening hits. The review and its first history row are written together.
 */
export async function holdForScreening(
  ctx: ServiceContext,
  input: { subjectKind: string; subjectId: string; hits: readonly (ScreeningHit & { partyCountry?: string | null })[] },
): Promise<ScreeningReview> {
  if (!input.hits.length) throw new RangeError("a screening review needs at least one hit");
  const at = nowIso(ctx.now());
  const listed = await listedKeys(ctx);
  const review: ScreeningReviewsTable = {
    id: newId("scr"), subject_kind: input.subjectKind, subject_id: input.subjectId, status: "pending", created_at: at, decided_by_user_id: null, decided_at: null, note: null,
  };
  const hits: ScreeningHitsTable[] = input.hits.map((h) => ({
    id: newId("sch"),
    review_id: review.id,
    party_role: h.partyRole,
    party_name: h.partyName,
    party_country: h.partyCountry ?? null,
    listed_name: h.listedName,
    listed_country: listed.find((l) => l.name === h.listedName && l.source === h.listSource)?.country ?? null,
    list_source: h.listSource,
    score: h.score,
  }));
  await insertScreeningReview(ctx.db, review, hits, { id: newId("sce"), review_id: review.id, from_status: null, to_status: "pending", by_user_id: actorUserId(ctx.viewer), note: null, at });
  return (await hydrateReviews(ctx, [review]))[0]!;
}

/** Platform admins: the review queue, oldest first (pending by default). */
export async function screeningReviews(ctx: ServiceContext, args: { status?: ScreeningStatus | null; first?: number | null }): Promise<ScreeningReview[]> {
  requirePlatformAdmin(ctx.viewer);
  const rows = await screeningReviewRows(ctx.db, { status: args.status === undefined ? "pending" : args.status }, Math.min(Math.max(args.first ?? 50, 1), 200));
  return hydrateReviews(ctx, rows);
}

export async function getScreeningReview(ctx: ServiceContext, id: string): Promise<ScreeningReview | null> {
  requirePlatformAdmin(ctx.viewer);
  const row = await screeningReviewRow(ctx.db, id);
  return row ? (await hydrateReviews(ctx, [row]))[0]! : null;
}

/** For trade, which polls it (or subscribes to screening.decided): the reviews of one subject, newest last. */
export async function screeningReviewsOf(ctx: ServiceContext, subjectId: string): Promise<ScreeningReview[]> {
  return hydrateReviews(ctx, await screeningReviewRows(ctx.db, { subjectId }, 50));
}

const decisionSchema = z.object({
  decision: z.enum(["approved", "rejected"], { errorMap: () => ({ message: "SCREENING_DECISION_INVALID" }) }),
  note: requiredText(2000),
});

/**
 * Platform admins approve (a false positive: the order goes on) or reject (a real match: the order
 * is stopped) a review, with a note; the decision is logged and `screening.decided` is published.
 */
export async function decideScreening(ctx: ServiceContext, input: { reviewId: string; decision: string; note: string }): Promise<ScreeningReview> {
  requirePlatformAdmin(ctx.viewer);
  const data = validate(decisionSchema, { decision: input.decision.toLowerCase(), note: input.note });
  const at = nowIso(ctx.now());
  const byUserId = actorUserId(ctx.viewer);
  return withTransaction(ctx, async (tx) => {
    const row = await screeningReviewRow(tx.db, input.reviewId);
    if (!row) throw notFound("SCREENING_REVIEW_NOT_FOUND");
    if (!canMoveScreening(row.status as ScreeningStatus, data.decision)) throw conflict("SCREENING_ALREADY_DECIDED", { status: row.status });
    const moved = await decideScreeningReviewRow(
      tx.db,
      row.id,
      row.status,
      { status: data.decision, decided_by_user_id: byUserId, decided_at: at, note: data.note },
      { id: newId("sce"), review_id: row.id, from_status: row.status, to_status: data.decision, by_user_id: byUserId, note: data.note, at },
    );
    if (!moved) throw conflict("SCREENING_ALREADY_DECIDED", { status: "decided" });
    await publish(tx, SCREENING_DECIDED, {
      reviewId: row.id,
      subjectKind: row.subject_kind,
      subjectId: row.subject_id,
      decision: data.decision,
      note: data.note,
      decidedByUserId: byUserId,
      decidedAt: at,
    });
    return (await hydrateReviews(tx, [{ ...row, status: data.decision, decided_by_user_id: byUserId, decided_at: at, note: data.note }]))[0]!;
  });
}
