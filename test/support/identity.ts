import type { Database } from "../../db/database.js";
import type { ServiceContext, Viewer } from "../../graph/context.js";
import { serviceContext } from "../../graph/runtime.js";
import { authenticate, signUp, type SignUpInput } from "../../graph/identity/service.js";
import type { AvailableLocale } from "../../locales/index.js";
import { confirmEmailOf } from "./mail.js";

export const GOOD_PASSWORD = "coconut-harbour-42";

export function ctxAs(database: Database, viewer: Viewer = { kind: "anonymous" }, locale: AvailableLocale = "en"): ServiceContext {
  return serviceContext(database, { viewer, locale, request: { ip: "203.0.113.7", userAgent: "vitest" } });
}

export function signUpInput(overrides: Partial<SignUpInput> & { country?: string; kind?: SignUpInput["organisation"]["kind"] } = {}): SignUpInput {
  const { country = "MY", kind = "exporter", ...rest } = overrides;
  return {
    email: "aminah@kelapa.example",
    password: GOOD_PASSWORD,
    displayName: "Aminah",
    organisation: { kind, legalName: "Kelapa Sdn. Bhd.", country },
    ...rest,
  };
}

/**
 * Signs a company up, opens the confirmation link mailed to its owner, and returns a context acting
 * as the owner, as a browser session would. `confirmed: false` leaves the address unconfirmed.
 */
export async function ownerOf(
  database: Database,
  input: SignUpInput = signUpInput(),
  options: { confirmed?: boolean } = {},
): Promise<{ ctx: ServiceContext; organisationId: string; userId: string; token: string }> {
  const result = await signUp(ctxAs(database), input);
  if (options.confirmed !== false) await confirmEmailOf(database, result.user.email);
  const viewer = await authenticate(ctxAs(database), { sessionToken: result.session.token });
  if ("error" in viewer) throw new Error("a fresh session must authenticate");
  return { ctx: ctxAs(database, viewer), organisationId: result.organisation!.id, userId: result.user.id, token: result.session.token };
}

export async function countRows(database: Database, table: "users" | "organisations" | "memberships" | "sessions" | "api_tokens" | "verification_events" | "fx_rates" | "hs_codes" | "ports"): Promise<number> {
  const row = await database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  return Number(row.n);
}
