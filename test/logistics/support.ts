import type { Database } from "../../db/database.js";
import type { ServiceContext } from "../../graph/context.js";
import { systemContext } from "../../graph/runtime.js";
import { authenticate, createPlatformAdmin, signIn } from "../../graph/identity/service.js";
import { ctxAs, GOOD_PASSWORD } from "../support/identity.js";

/** Logistics tests run on a fixed clock: Monday 7 December 2026, 09:00 UTC. */
export const NOW = "2026-12-07T09:00:00.000Z";

export const at = (ctx: ServiceContext, iso: string): ServiceContext => ({ ...ctx, now: () => new Date(iso) });

export const ADMIN_EMAIL = "admin@caravan.example";

/** The platform admin, signed in as a browser would be. */
export async function platformAdmin(database: Database): Promise<ServiceContext> {
  await createPlatformAdmin(systemContext(database), { email: ADMIN_EMAIL, displayName: "Admin", password: GOOD_PASSWORD });
  const signedIn = await signIn(ctxAs(database), { email: ADMIN_EMAIL, password: GOOD_PASSWORD });
  const viewer = await authenticate(ctxAs(database), { sessionToken: signedIn.session.token });
  if ("error" in viewer) throw new Error("the admin must authenticate");
  return at(ctxAs(database, viewer), NOW);
}

export async function errorOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => null,
    (e: unknown) => e,
  );
}
