import { expect, it } from "vitest";
import { DomainError, UserInputProblems } from "../../graph/errors.js";
import { authenticate, signIn, signOut, signUp } from "../../graph/identity/service.js";
import { describeEachDatabase } from "../support/db.js";
import { countRows, ctxAs, GOOD_PASSWORD, ownerOf, signUpInput } from "../support/identity.js";

async function problemsOf(promise: Promise<unknown>): Promise<{ field: string | null; code: string }[]> {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (!(error instanceof UserInputProblems)) throw new Error(`expected user input problems, got ${String(error)}`);
  return error.problems.map(({ field, code }) => ({ field, code }));
}

describeEachDatabase("signing up and signing in", (db) => {
  it("an exporter in MY signs up: user, company, owner membership and a session, with MYR as its currency", async () => {
    const result = await signUp(ctxAs(db()), signUpInput({ email: "Aminah@Kelapa.Example" }));
    expect(result.user.email).toBe("Aminah@Kelapa.Example");
    expect(result.organisation).toMatchObject({ kind: "exporter", country: "MY", preferredCurrency: "MYR", verificationStatus: "unverified" });
    expect(result.session.token).toMatch(/^[0-9a-z]{52}$/);
    const membership = await db().db.selectFrom("memberships").selectAll().executeTakeFirstOrThrow();
    expect(membership).toMatchObject({ role: "owner", user_id: result.user.id, organisation_id: result.organisation!.id });
    const session = await db().db.selectFrom("sessions").selectAll().executeTakeFirstOrThrow();
    expect(session.id).not.toContain(result.session.token);
    expect(session.id).toHaveLength(64);
  });

  it("the password is stored as an argon2id hash, never as given", async () => {
    await signUp(ctxAs(db()), signUpInput());
    const user = await db().db.selectFrom("users").select("password_hash").executeTakeFirstOrThrow();
    expect(user.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(user.password_hash).not.toContain(GOOD_PASSWORD);
  });

  it.each([
    ["a duplicate email, whatever its case", { email: "AMINAH@kelapa.example" }, [{ field: "email", code: "EMAIL_TAKEN" }]],
    ["a malformed email", { email: "aminah-at-kelapa" }, [{ field: "email", code: "EMAIL_INVALID" }]],
    ["a short password", { password: "coco1" }, [{ field: "password", code: "PASSWORD_TOO_SHORT" }]],
    ["a common password", { password: "password123" }, [{ field: "password", code: "PASSWORD_TOO_COMMON" }]],
    ["a password made of the email", { email: "coconutking@kelapa.example", password: "coconutking2026" }, [{ field: "password", code: "PASSWORD_CONTAINS_EMAIL" }]],
    ["an unknown country", { country: "XX" }, [{ field: "organisation.country", code: "COUNTRY_UNKNOWN" }]],
    ["a customs authority by self-service", { kind: "customs_authority" as never }, [{ field: "organisation.kind", code: "ORGANISATION_KIND_NOT_ALLOWED" }]],
  ])("%s is refused with its own error and writes nothing", async (_name, overrides, expected) => {
    await signUp(ctxAs(db()), signUpInput());
    const before = await Promise.all([countRows(db(), "users"), countRows(db(), "organisations"), countRows(db(), "sessions")]);
    expect(await problemsOf(signUp(ctxAs(db()), signUpInput({ ...overrides, ...("email" in overrides ? {} : { email: "second@kelapa.example" }) })))).toEqual(expected);
    const after = await Promise.all([countRows(db(), "users"), countRows(db(), "organisations"), countRows(db(), "sessions")]);
    expect(after).toEqual(before);
  });

  it("an unknown preferred currency is refused", async () => {
    const input = signUpInput();
    input.organisation.preferredCurrency = "ABC";
    expect(await problemsOf(signUp(ctxAs(db()), input))).toEqual([{ field: "organisation.preferredCurrency", code: "CURRENCY_UNKNOWN" }]);
    expect(await countRows(db(), "users")).toBe(0);
  });

  it("every problem of a form is reported at once", async () => {
    const problems = await problemsOf(
      signUp(ctxAs(db()), { email: "nope", password: GOOD_PASSWORD, displayName: " ", organisation: { kind: "buyer", legalName: "", country: "ZZ" } }),
    );
    expect(problems.map((p) => p.field).sort()).toEqual(["displayName", "email", "organisation.country", "organisation.legalName"]);
  });

  it("a weak password is reported together with the other wrong fields", async () => {
    const problems = await problemsOf(
      signUp(ctxAs(db()), { email: "nope", password: "short", displayName: "Aminah", organisation: { kind: "buyer", legalName: "Kelapa", country: "ZZ" } }),
    );
    expect(problems.map((p) => `${p.field}:${p.code}`).sort()).toEqual(["email:EMAIL_INVALID", "organisation.country:COUNTRY_UNKNOWN", "password:PASSWORD_TOO_SHORT"]);
  });

  it("a wrong password and an unknown email get the same answer, so sign-in reveals no accounts", async () => {
    await signUp(ctxAs(db()), signUpInput());
    const wrongPassword = await problemsOf(signIn(ctxAs(db()), { email: "aminah@kelapa.example", password: "wrong-password-1" }));
    const unknownEmail = await problemsOf(signIn(ctxAs(db()), { email: "nobody@kelapa.example", password: GOOD_PASSWORD }));
    expect(wrongPassword).toEqual([{ field: "password", code: "CREDENTIALS_WRONG" }]);
    expect(unknownEmail).toEqual(wrongPassword);
  });

  it("signing in issues a new session and ends the one the browser had (no session fixation)", async () => {
    const owner = await ownerOf(db());
    const result = await signIn(owner.ctx, { email: "AMINAH@kelapa.example", password: GOOD_PASSWORD });
    expect(result.session.token).not.toBe(owner.token);
    expect(await authenticate(ctxAs(db()), { sessionToken: owner.token })).toEqual({ kind: "anonymous" });
    expect(await authenticate(ctxAs(db()), { sessionToken: result.session.token })).toMatchObject({
      kind: "user",
      organisationId: owner.organisationId,
      role: "owner",
    });
  });

  it("a stranger's wrong passwords slow the account down but cannot lock its owner out", async () => {
    await signUp(ctxAs(db()), signUpInput());
    let clock = Date.parse("2026-12-07T09:00:00Z");
    const at = () => ({ ...ctxAs(db()), now: () => new Date(clock) });
    const stranger = { ...at(), request: { ip: "198.51.100.66", userAgent: "guesser" } };
    for (let i = 0; i < 5; i++) {
      await expect(signIn({ ...stranger, now: () => new Date(clock) }, { email: "aminah@kelapa.example", password: `guess-number-${i}` })).rejects.toBeInstanceOf(UserInputProblems);
    }
    // Right after the fifth failure the account waits a second: even the right password is asked to retry.
    const early = await signIn(at(), { email: "aminah@kelapa.example", password: GOOD_PASSWORD }).catch((e: unknown) => e);
    expect(early).toBeInstanceOf(DomainError);
    expect((early as DomainError).code).toBe("RATE_LIMITED");
    expect((early as DomainError).params.seconds).toBe(1);
    clock += 1000;
    await expect(signIn(at(), { email: "aminah@kelapa.example", password: GOOD_PASSWORD })).resolves.toMatchObject({ user: { email: "aminah@kelapa.example" } });
    // Success starts the count again: the next wrong password is answered at once, not delayed.
    await expect(signIn(at(), { email: "aminah@kelapa.example", password: "one-more-guess" })).rejects.toBeInstanceOf(UserInputProblems);
  });

  it("guesses fired in parallel cannot share a slot: one is checked, the others are told to wait", async () => {
    await signUp(ctxAs(db()), signUpInput());
    const now = new Date("2026-12-07T09:00:00Z");
    const ctx = { ...ctxAs(db()), now: () => now };
    for (let i = 0; i < 4; i++) await signIn(ctx, { email: "aminah@kelapa.example", password: `guess-${i}` }).catch(() => null);
    // The fifth attempt is the last free one; six fired at once race for it.
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, i) => signIn(ctx, { email: "aminah@kelapa.example", password: `parallel-${i}` }).catch((e: unknown) => e)),
    );
    expect(answers.filter((a) => a instanceof UserInputProblems)).toHaveLength(1);
    expect(answers.filter((a) => a instanceof DomainError && a.code === "RATE_LIMITED")).toHaveLength(5);
    expect(await countRows(db(), "sessions")).toBe(1);
  });

  it("sign-up is limited per address: the 21st company from one address in an hour is refused and not created", async () => {
    const ctx = ctxAs(db());
    for (let i = 0; i < 20; i++) await signUp(ctx, signUpInput({ email: `buyer${i}@bulk.example` }));
    const refused = await signUp(ctx, signUpInput({ email: "buyer20@bulk.example" })).catch((e: unknown) => e);
    expect((refused as DomainError).code).toBe("RATE_LIMITED");
    expect(await countRows(db(), "users")).toBe(20);
    const elsewhere = { ...ctx, request: { ip: "198.51.100.9", userAgent: "vitest" } };
    await expect(signUp(elsewhere, signUpInput({ email: "buyer20@bulk.example" }))).resolves.toMatchObject({ user: { email: "buyer20@bulk.example" } });
  });

  it("an expired session is treated as signed out and removed", async () => {
    const owner = await ownerOf(db());
    const later = { ...ctxAs(db()), now: () => new Date(Date.now() + 31 * 24 * 3600 * 1000) };
    expect(await authenticate(later, { sessionToken: owner.token })).toEqual({ kind: "anonymous" });
    expect(await countRows(db(), "sessions")).toBe(0);
  });

  it("signing out deletes the session", async () => {
    const owner = await ownerOf(db());
    expect(await signOut(owner.ctx)).toBe(true);
    expect(await authenticate(ctxAs(db()), { sessionToken: owner.token })).toEqual({ kind: "anonymous" });
  });
});
