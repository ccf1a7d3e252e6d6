import type { ServiceContext, TokenViewer, UserViewer, Viewer } from "../context.js";
import { forbidden, unauthenticated } from "../errors.js";

export function isPlatformAdmin(viewer: Viewer): boolean {
  return viewer.kind === "system" || (viewer.kind === "user" && viewer.isPlatformAdmin);
}

export function requireUser(viewer: Viewer): UserViewer {
  if (viewer.kind !== "user") throw viewer.kind === "anonymous" ? unauthenticated() : forbidden("SESSION_REQUIRED");
  return viewer;
}

/** A signed-in member or an API token of some organisation: the organisation it acts for. */
export function requireOrganisation(viewer: Viewer): (UserViewer & { organisationId: string }) | TokenViewer {
  if (viewer.kind === "anonymous") throw unauthenticated();
  if (viewer.kind === "token") return viewer;
  if (viewer.kind === "user" && viewer.organisationId) return viewer as UserViewer & { organisationId: string };
  throw forbidden("ORGANISATION_REQUIRED");
}

/** True when the viewer acts for this organisation (as a user member or with its API token). */
export function actsFor(viewer: Viewer, organisationId: string): boolean {
  return (viewer.kind === "user" || viewer.kind === "token") && viewer.organisationId === organisationId;
}

/** Owners only, and only in a browser session: an API token cannot grant itself more power. */
export function requireOwner(viewer: Viewer): UserViewer & { organisationId: string } {
  const user = requireUser(viewer);
  if (!user.organisationId || user.role !== "owner") throw forbidden("OWNER_REQUIRED");
  return user as UserViewer & { organisationId: string };
}

export function requirePlatformAdmin(viewer: Viewer): void {
  if (viewer.kind === "anonymous") throw unauthenticated();
  if (!isPlatformAdmin(viewer)) throw forbidden("ADMIN_REQUIRED");
}

export function actorUserId(viewer: Viewer): string | null {
  return viewer.kind === "user" ? viewer.userId : null;
}

/** Whether the viewer (or the owner who made its API token) has opened the link mailed to their address; the platform's own jobs have. */
export async function hasConfirmedEmail(ctx: Pick<ServiceContext, "db" | "viewer">): Promise<boolean> {
  const viewer = ctx.viewer;
  if (viewer.kind === "system") return true;
  if (viewer.kind === "anonymous") return false;
  const row =
    viewer.kind === "user"
      ? await ctx.db.selectFrom("users").select("email_confirmed_at").where("id", "=", viewer.userId).executeTakeFirst()
      : await ctx.db
          .selectFrom("api_tokens")
          .innerJoin("users", "users.id", "api_tokens.created_by_user_id")
          .select("users.email_confirmed_at")
          .where("api_tokens.id", "=", viewer.tokenId)
          .executeTakeFirst();
  return !!row?.email_confirmed_at;
}

/**
 * Publishing, quoting, ordering and issuing documents speak for a company to strangers: the person
 * doing it must have proven they read the address they signed up with. Looking around needs no
 * confirmation. The one guard every such service calls.
 */
export async function requireConfirmedEmail(ctx: Pick<ServiceContext, "db" | "viewer">): Promise<void> {
  if (ctx.viewer.kind === "anonymous") throw unauthenticated();
  if (!(await hasConfirmedEmail(ctx))) throw forbidden("EMAIL_UNCONFIRMED");
}
