import { sql } from "kysely";
import type { Database } from "../../db/database.js";
import type { ServiceContext } from "../../graph/context.js";
import { authenticate, createCustomsAuthority, createPlatformAdmin, signIn } from "../../graph/identity/service.js";
import { systemContext } from "../../graph/runtime.js";
import { ctxAs, GOOD_PASSWORD } from "../support/identity.js";

export async function adminContext(database: Database): Promise<ServiceContext> {
  await createPlatformAdmin(systemContext(database), { email: "admin@caravan.example", displayName: "Admin", password: GOOD_PASSWORD });
  return signedIn(database, "admin@caravan.example");
}

export async function signedIn(database: Database, email: string, ip = "203.0.113.7"): Promise<ServiceContext> {
  const session = await signIn(ctxAs(database), { email, password: GOOD_PASSWORD });
  const viewer = await authenticate(ctxAs(database), { sessionToken: session.session.token });
  if ("error" in viewer) throw new Error(`${email} must authenticate`);
  return { ...ctxAs(database, viewer), request: { ip, userAgent: "vitest" } };
}

const AUTHORITIES: Record<string, { legalName: string; email: string; name: string; ip: string }> = {
  PL: { legalName: "Krajowa Administracja Skarbowa", email: "jan.kowalski@customs.pl.example", name: "Jan Kowalski", ip: "198.51.100.20" },
  DE: { legalName: "Generalzolldirektion", email: "anna.schmidt@zoll.de.example", name: "Anna Schmidt", ip: "198.51.100.49" },
  MY: { legalName: "Jabatan Kastam Diraja Malaysia", email: "siti@customs.gov.my.example", name: "Siti Rahman", ip: "198.51.100.60" },
};

/** An officer of the customs authority of this country, signed in from the authority's network. */
export async function officerOf(database: Database, admin: ServiceContext, country: "PL" | "DE" | "MY"): Promise<ServiceContext> {
  const authority = AUTHORITIES[country]!;
  await createCustomsAuthority(admin, {
    legalName: authority.legalName,
    country,
    officerEmail: authority.email,
    officerDisplayName: authority.name,
    officerPassword: GOOD_PASSWORD,
  });
  return signedIn(database, authority.email, authority.ip);
}

/**
 * What someone with the database's owner rights could do: switch the append-only guard off and
 * edit or delete a row behind the application's back. The audit must catch it.
 */
export async function tamper(database: Database, statement: ReturnType<typeof sql>): Promise<void> {
  if (database.dialect === "postgres") {
    await sql`ALTER TABLE customs_access_log DISABLE TRIGGER customs_access_log_append_only`.execute(database.db);
    await statement.execute(database.db);
    await sql`ALTER TABLE customs_access_log ENABLE TRIGGER customs_access_log_append_only`.execute(database.db);
    return;
  }
  await sql`DROP TRIGGER customs_access_log_no_update`.execute(database.db);
  await sql`DROP TRIGGER customs_access_log_no_delete`.execute(database.db);
  await statement.execute(database.db);
}
