import { expect, it } from "vitest";
import { DomainError, UserInputProblems } from "../../graph/errors.js";
import {
  approveVerification,
  authenticate,
  createApiToken,
  createCustomsAuthority,
  customsAuthorities,
  getOrganisation,
  rejectVerification,
  requestVerification,
  revokeApiToken,
  updateOrganisation,
  verificationHistory,
  verificationQueue,
} from "../../graph/identity/service.js";
import { describeEachDatabase } from "../support/db.js";
import { adminOf, at, COMPLETE_PROFILE } from "../support/companies.js";
import { errorOf } from "../support/errors.js";
import { countRows, ctxAs, GOOD_PASSWORD, ownerOf, signUpInput } from "../support/identity.js";

describeEachDatabase("company verification", (db) => {
  it("asking too early names every missing identifier, and nothing moves", async () => {
    const owner = await ownerOf(db());
    const error = await errorOf(requestVerification(owner.ctx));
    expect(error).toBeInstanceOf(UserInputProblems);
    expect((error as UserInputProblems).problems.map((p) => p.field).sort()).toEqual(["addressLine1", "city", "registrationNumber", "taxId"]);
    expect(await countRows(db(), "verification_events")).toBe(0);
    expect((await getOrganisation(owner.ctx, owner.organisationId))?.verificationStatus).toBe("unverified");
  });

  it("the owner asks, a member of another company cannot decide, the admin approves; each step is a history row", async () => {
    const owner = await ownerOf(db());
    await updateOrganisation(owner.ctx, COMPLETE_PROFILE);
    await requestVerification(owner.ctx);

    const other = await ownerOf(db(), signUpInput({ email: "marta@gdansk.example", country: "PL", kind: "buyer" }));
    const refused = await errorOf(approveVerification(other.ctx, owner.organisationId));
    expect((refused as DomainError).code).toBe("FORBIDDEN");

    const admin = await adminOf(db());
    const queue = await verificationQueue(admin, { first: 10 });
    expect(queue.edges.map((e) => e.node.legalName)).toEqual(["Kelapa Sdn. Bhd."]);
    const approved = await approveVerification(admin, owner.organisationId);
    expect(approved.verificationStatus).toBe("verified");
    expect(approved.verifiedAt).not.toBeNull();

    const history = await verificationHistory(owner.ctx, owner.organisationId);
    expect(history.map((h) => `${h.fromStatus}->${h.toStatus}`)).toEqual(["pending->verified", "unverified->pending"]);
    expect(history[0]!.actor).toBe("Admin");
    expect(await verificationHistory(other.ctx, owner.organisationId)).toEqual([]);
  });

  it("a rejection needs a reason; the company fixes its data and asks again", async () => {
    const owner = await ownerOf(db());
    // Each step a minute after the last: two steps within one millisecond would have no order in the history.
    await updateOrganisation(owner.ctx, COMPLETE_PROFILE);
    await requestVerification(at(owner.ctx, "2026-12-01T09:00:00Z"));
    const admin = at(await adminOf(db()), "2026-12-01T09:01:00Z");
    expect(await errorOf(rejectVerification(admin, owner.organisationId, "  "))).toBeInstanceOf(UserInputProblems);
    const rejected = await rejectVerification(admin, owner.organisationId, "Tax ID does not match the SSM register");
    expect(rejected.verificationStatus).toBe("rejected");
    await updateOrganisation(at(owner.ctx, "2026-12-01T09:02:00Z"), { taxId: "C2581234510" });
    expect((await requestVerification(at(owner.ctx, "2026-12-01T09:03:00Z"))).verificationStatus).toBe("pending");
    const history = await verificationHistory(owner.ctx, owner.organisationId);
    expect(history[1]).toMatchObject({ toStatus: "rejected", reason: "Tax ID does not match the SSM register" });
  });

  it("approving twice is a conflict, not a second history row", async () => {
    const owner = await ownerOf(db());
    await updateOrganisation(owner.ctx, COMPLETE_PROFILE);
    await requestVerification(owner.ctx);
    const admin = await adminOf(db());
    await approveVerification(admin, owner.organisationId);
    const again = await errorOf(approveVerification(admin, owner.organisationId));
    expect((again as DomainError).code).toBe("CONFLICT");
    expect(await countRows(db(), "verification_events")).toBe(2);
  });

  it("changing the tax ID of a verified company sends it back to unverified", async () => {
    const owner = await ownerOf(db());
    await updateOrganisation(owner.ctx, COMPLETE_PROFILE);
    await requestVerification(owner.ctx);
    await approveVerification(await adminOf(db()), owner.organisationId);
    await updateOrganisation(owner.ctx, { city: "Klang" });
    expect((await getOrganisation(owner.ctx, owner.organisationId))?.verificationStatus).toBe("verified");
    const changed = await updateOrganisation(owner.ctx, { taxId: "C9999999999" });
    expect(changed.verificationStatus).toBe("unverified");
    expect((await verificationHistory(owner.ctx, owner.organisationId))[0]).toMatchObject({ fromStatus: "verified", toStatus: "unverified" });
  });

  it("bad profile values are refused field by field and change nothing", async () => {
    const owner = await ownerOf(db());
    const error = await errorOf(
      updateOrganisation(owner.ctx, { country: "XX", preferredCurrency: "EURO", eori: "12345", timeZone: "Mars/Olympus", city: "Klang" }),
    );
    expect((error as UserInputProblems).problems.map((p) => `${p.field}:${p.code}`).sort()).toEqual([
      "country:COUNTRY_UNKNOWN",
      "eori:EORI_INVALID",
      "preferredCurrency:CURRENCY_UNKNOWN",
      "timeZone:TIME_ZONE_UNKNOWN",
    ]);
    expect((await getOrganisation(owner.ctx, owner.organisationId))?.city).toBeNull();
  });

  it("another company sees the public face only: no tax ID, no registration number", async () => {
    const owner = await ownerOf(db());
    await updateOrganisation(owner.ctx, COMPLETE_PROFILE);
    const other = await ownerOf(db(), signUpInput({ email: "marta@gdansk.example", country: "PL", kind: "buyer" }));
    const seen = await getOrganisation(other.ctx, owner.organisationId);
    expect(seen).toMatchObject({ legalName: "Kelapa Sdn. Bhd.", country: "MY", taxId: null, registrationNumber: null, addressLine1: null });
  });

  it("a customs authority for PL gets an officer whose jurisdiction is PL; only an admin may create it", async () => {
    const input = {
      legalName: "Krajowa Administracja Skarbowa",
      country: "PL",
      officerEmail: "jan@customs.pl.example",
      officerDisplayName: "Jan Kowalski",
      officerPassword: GOOD_PASSWORD,
    };
    const member = await ownerOf(db());
    expect(((await errorOf(createCustomsAuthority(member.ctx, input))) as DomainError).code).toBe("FORBIDDEN");
    const admin = await adminOf(db());
    const authority = await createCustomsAuthority(admin, input);
    expect(authority).toMatchObject({ kind: "customs_authority", country: "PL", verificationStatus: "verified" });
    const { signIn } = await import("../../graph/identity/service.js");
    const session = await signIn(ctxAs(db()), { email: "jan@customs.pl.example", password: GOOD_PASSWORD });
    expect(await authenticate(ctxAs(db()), { sessionToken: session.session.token })).toMatchObject({ role: "officer", customsJurisdiction: "PL" });

    // The admin's list shows it with its one officer; nobody else may read the list.
    expect(await customsAuthorities(admin)).toEqual([expect.objectContaining({ legalName: "Krajowa Administracja Skarbowa", country: "PL", officerCount: 1 })]);
    expect(((await errorOf(customsAuthorities(member.ctx))) as DomainError).code).toBe("FORBIDDEN");
  });
});

describeEachDatabase("API tokens", (db) => {
  it("an owner creates a token that is shown once, stored hashed, and authenticates as the company", async () => {
    const owner = await ownerOf(db());
    const { token, apiToken } = await createApiToken(owner.ctx, "ERP sync");
    expect(token).toMatch(/^cvn_[0-9a-z]{52}$/);
    expect(apiToken.prefix).toBe(token.slice(0, 10));
    const stored = await db().db.selectFrom("api_tokens").selectAll().executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(token.slice(4));
    expect(await authenticate(ctxAs(db()), { bearerToken: token })).toEqual({ kind: "token", tokenId: apiToken.id, organisationId: owner.organisationId });
  });

  it("a revoked token no longer authenticates", async () => {
    const owner = await ownerOf(db());
    const { token, apiToken } = await createApiToken(owner.ctx, "ERP sync");
    await revokeApiToken(owner.ctx, apiToken.id);
    expect(await authenticate(ctxAs(db()), { bearerToken: token })).toEqual({ error: "TOKEN_INVALID" });
    expect(((await errorOf(revokeApiToken(owner.ctx, apiToken.id))) as DomainError).code).toBe("CONFLICT");
  });

  it("a token cannot mint tokens, and one company cannot revoke another's", async () => {
    const owner = await ownerOf(db());
    const { token, apiToken } = await createApiToken(owner.ctx, "ERP sync");
    const viaToken = await authenticate(ctxAs(db()), { bearerToken: token });
    if ("error" in viaToken) throw new Error("token must authenticate");
    expect(((await errorOf(createApiToken(ctxAs(db(), viaToken), "escalate"))) as DomainError).code).toBe("FORBIDDEN");
    const other = await ownerOf(db(), signUpInput({ email: "marta@gdansk.example", country: "PL", kind: "buyer" }));
    expect(((await errorOf(revokeApiToken(other.ctx, apiToken.id))) as DomainError).code).toBe("FORBIDDEN");
    expect(await countRows(db(), "api_tokens")).toBe(1);
    expect((await db().db.selectFrom("api_tokens").select("revoked_at").executeTakeFirstOrThrow()).revoked_at).toBeNull();
  });

  it("an anonymous caller is told to sign in", async () => {
    expect(((await errorOf(createApiToken(ctxAs(db()), "x"))) as DomainError).code).toBe("UNAUTHENTICATED");
  });
});
