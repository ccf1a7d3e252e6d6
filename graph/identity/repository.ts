import type { Executor } from "../../db/database.js";

/** Members of a company and the language each reads, by e-mail: whom the inbox mails. */
export async function memberContacts(db: Executor, organisationId: string): Promise<{ email: string; locale: string }[]> {
  return db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .select(["users.email as email", "users.locale as locale"])
    .where("memberships.organisation_id", "=", organisationId)
    .orderBy("users.email")
    .execute();
}
