import { afterEach, beforeEach, expect, it } from "vitest";
import { systemContext } from "../../graph/runtime.js";
import { createPlatformAdmin } from "../../graph/identity/service.js";
import { describeEachDatabase } from "../support/db.js";
import { startApi, type HttpClient, type RunningApi } from "../support/http.js";
import { countRows, GOOD_PASSWORD } from "../support/identity.js";

const SIGN_UP = /* GraphQL */ `
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      user { email displayName }
      organisation { id legalName country preferredCurrency verificationStatus verified }
      sessionExpiresAt
      userErrors { field code message }
    }
  }
`;
const SIGN_IN = /* GraphQL */ `
  mutation SignIn($email: String!, $password: String!) {
    signIn(input: { email: $email, password: $password }) { user { email } userErrors { field code message } }
  }
`;
const VIEWER = /* GraphQL */ `{ viewer { authenticatedBy role user { email } organisation { legalName taxId } } }`;

function signUpVariables(email = "aminah@kelapa.example", country = "MY") {
  return { input: { email, password: GOOD_PASSWORD, displayName: "Aminah", organisation: { kind: "EXPORTER", legalName: "Kelapa Sdn. Bhd.", country } } };
}

async function signedUp(api: RunningApi, email?: string, country?: string): Promise<HttpClient> {
  const client = api.client();
  const response = await client.graphql(SIGN_UP, signUpVariables(email, country));
  expect(response.body.data.signUp.userErrors).toEqual([]);
  return client;
}

describeEachDatabase("identity over HTTP", (db) => {
  let api: RunningApi;
  beforeEach(async () => {
    api = await startApi(db());
  });
  afterEach(async () => {
    await api.close();
  });

  it("signs up, stays signed in through an HttpOnly SameSite=Lax cookie, signs out and back in", async () => {
    const browser = api.client();
    const signUp = await browser.graphql(SIGN_UP, signUpVariables());
    expect(signUp.body.data.signUp).toMatchObject({
      user: { email: "aminah@kelapa.example" },
      organisation: { country: "MY", preferredCurrency: "MYR", verificationStatus: "UNVERIFIED", verified: false },
      userErrors: [],
    });
    const setCookie = signUp.headers.getSetCookie().find((c) => c.startsWith("caravan_session="))!;
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).toMatch(/Path=\//);
    expect(setCookie).not.toMatch(/Secure/);

    expect((await browser.graphql(VIEWER)).body.data.viewer).toEqual({
      authenticatedBy: "SESSION",
      role: "OWNER",
      user: { email: "aminah@kelapa.example" },
      organisation: { legalName: "Kelapa Sdn. Bhd.", taxId: null },
    });

    const signOut = await browser.graphql(`mutation { signOut { signedOut } }`);
    expect(signOut.body.data.signOut.signedOut).toBe(true);
    expect(browser.cookie("caravan_session")).toBeUndefined();
    expect((await browser.graphql(VIEWER)).body.data.viewer).toMatchObject({ authenticatedBy: "ANONYMOUS", user: null });

    const signIn = await browser.graphql(SIGN_IN, { email: "AMINAH@kelapa.example", password: GOOD_PASSWORD });
    expect(signIn.body.data.signIn).toEqual({ user: { email: "aminah@kelapa.example" }, userErrors: [] });
    expect((await browser.graphql(VIEWER)).body.data.viewer.authenticatedBy).toBe("SESSION");
  });

  it("a wrong password and an unknown email get one message, in the caller's language", async () => {
    await signedUp(api);
    const english = await api.client().graphql(SIGN_IN, { email: "aminah@kelapa.example", password: "not-the-password" });
    expect(english.body.data.signIn.userErrors).toEqual([
      { field: "password", code: "CREDENTIALS_WRONG", message: "The email address or the password is not right." },
    ]);
    const unknown = await api.client().graphql(SIGN_IN, { email: "nobody@kelapa.example", password: "not-the-password" });
    expect(unknown.body.data.signIn.userErrors).toEqual(english.body.data.signIn.userErrors);
    const arabic = await api.client({ "accept-language": "ar-SA,ar;q=0.9" }).graphql(SIGN_IN, { email: "aminah@kelapa.example", password: "not-the-password" });
    const [error] = arabic.body.data.signIn.userErrors;
    expect(error.code).toBe("CREDENTIALS_WRONG");
    expect(error.message).toMatch(/[\u0600-\u06FF]/);
  });

  it("a duplicate email and an unknown country are refused and write nothing", async () => {
    await signedUp(api);
    const users = await countRows(db(), "users");
    const duplicate = await api.client().graphql(SIGN_UP, signUpVariables("Aminah@Kelapa.example"));
    expect(duplicate.body.data.signUp.userErrors.map((e: { code: string }) => e.code)).toEqual(["EMAIL_TAKEN"]);
    const unknownCountry = await api.client().graphql(SIGN_UP, signUpVariables("new@kelapa.example", "QQ"));
    expect(unknownCountry.body.data.signUp.userErrors).toMatchObject([{ field: "organisation.country", code: "COUNTRY_UNKNOWN" }]);
    expect(await countRows(db(), "users")).toBe(users);
  });

  it("an integration authenticates with a Bearer API token; a revoked token gets 401", async () => {
    const owner = await signedUp(api);
    const created = await owner.graphql(`mutation { createApiToken(name: "ERP") { token apiToken { id prefix } userErrors { code } } }`);
    const { token, apiToken } = created.body.data.createApiToken;
    const erp = api.client({ authorization: `Bearer ${token}` });
    expect((await erp.graphql(VIEWER)).body.data.viewer).toMatchObject({ authenticatedBy: "API_TOKEN", role: "MEMBER", organisation: { legalName: "Kelapa Sdn. Bhd." } });

    const listed = await owner.graphql(`{ apiTokens { id prefix revokedAt } }`);
    expect(listed.body.data.apiTokens).toEqual([{ id: apiToken.id, prefix: token.slice(0, 10), revokedAt: null }]);
    expect(JSON.stringify(listed.body)).not.toContain(token);

    await owner.graphql(`mutation($id: ID!) { revokeApiToken(id: $id) { apiToken { revokedAt } } }`, { id: apiToken.id });
    const refused = await erp.graphql(VIEWER);
    expect(refused.status).toBe(401);
    expect(refused.body.errors![0]!.extensions!.code).toBe("UNAUTHENTICATED");
  });

  it("one company's token cannot act on another company's data", async () => {
    const kelapa = await signedUp(api);
    const gdansk = await signedUp(api, "marta@gdansk.example", "PL");
    const gdanskToken = (await gdansk.graphql(`mutation { createApiToken(name: "WMS") { apiToken { id } } }`)).body.data.createApiToken.apiToken.id;
    const kelapaToken = (await kelapa.graphql(`mutation { createApiToken(name: "ERP") { token } }`)).body.data.createApiToken.token;
    const erp = api.client({ authorization: `Bearer ${kelapaToken}` });

    const revoke = await erp.graphql(`mutation($id: ID!) { revokeApiToken(id: $id) { apiToken { id } } }`, { id: gdanskToken });
    expect(revoke.body.errors![0]!.extensions!.code).toBe("FORBIDDEN");
    const gdanskId = (await gdansk.graphql(`{ viewer { organisation { id } } }`)).body.data.viewer.organisation.id;
    const peek = await erp.graphql(`query($id: ID!) { organisation(id: $id) { country taxId verificationHistory { toStatus } } }`, { id: gdanskId });
    expect(peek.body.data.organisation).toEqual({ country: "PL", taxId: null, verificationHistory: [] });
    expect((await db().db.selectFrom("api_tokens").select("revoked_at").where("id", "=", gdanskToken).executeTakeFirstOrThrow()).revoked_at).toBeNull();
  });

  it("a member calling an admin mutation gets FORBIDDEN and nothing changes", async () => {
    const owner = await signedUp(api);
    const orgId = (await owner.graphql(`{ viewer { organisation { id } } }`)).body.data.viewer.organisation.id;
    const response = await owner.graphql(`mutation($id: ID!) { approveVerification(organisationId: $id) { organisation { verified } } }`, { id: orgId });
    expect(response.body.errors![0]).toMatchObject({ extensions: { code: "FORBIDDEN" }, message: "Only a platform administrator can do this." });
    const queue = await owner.graphql(`{ verificationQueue { totalCount } }`);
    expect(queue.body.errors![0]!.extensions!.code).toBe("FORBIDDEN");
    expect(await countRows(db(), "verification_events")).toBe(0);
  });

  it("the admin verification flow: the owner asks, the admin sees it queued and approves, the badge shows", async () => {
    await createPlatformAdmin(systemContext(db()), { email: "admin@caravan.example", displayName: "Admin", password: GOOD_PASSWORD });
    const owner = await signedUp(api);
    const ask = await owner.graphql(`mutation { requestVerification { organisation { verificationStatus } userErrors { field code } } }`);
    expect(ask.body.data.requestVerification.userErrors.map((e: { field: string }) => e.field).sort()).toEqual(["addressLine1", "city", "registrationNumber", "taxId"]);
    const update = await owner.graphql(
      `mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { organisation { taxId city } userErrors { code } } }`,
      { input: { addressLine1: "Lot 12", city: "Port Klang", registrationNumber: "201901012345", taxId: "C2581234509" } },
    );
    expect(update.body.data.updateOrganisation).toEqual({ organisation: { taxId: "C2581234509", city: "Port Klang" }, userErrors: [] });
    const asked = await owner.graphql(`mutation { requestVerification { organisation { id verificationStatus } userErrors { code } } }`);
    expect(asked.body.data.requestVerification.organisation.verificationStatus).toBe("PENDING");
    const orgId = asked.body.data.requestVerification.organisation.id;

    const admin = api.client();
    await admin.graphql(SIGN_IN, { email: "admin@caravan.example", password: GOOD_PASSWORD });
    const queue = await admin.graphql(`{ verificationQueue(first: 5) { totalCount edges { node { id legalName taxId } } } }`);
    expect(queue.body.data.verificationQueue).toEqual({ totalCount: 1, edges: [{ node: { id: orgId, legalName: "Kelapa Sdn. Bhd.", taxId: "C2581234509" } }] });
    const approved = await admin.graphql(`mutation($id: ID!) { approveVerification(organisationId: $id) { organisation { verified } userErrors { code } } }`, { id: orgId });
    expect(approved.body.data.approveVerification).toEqual({ organisation: { verified: true }, userErrors: [] });
    const history = await owner.graphql(`{ viewer { organisation { verified verificationHistory { fromStatus toStatus actor } } } }`);
    expect(history.body.data.viewer.organisation).toEqual({
      verified: true,
      verificationHistory: [
        { fromStatus: "PENDING", toStatus: "VERIFIED", actor: "Admin" },
        { fromStatus: "UNVERIFIED", toStatus: "PENDING", actor: "Aminah" },
      ],
    });
  });

  it("a request body over 100 kB is refused with 413 before it reaches the schema", async () => {
    const response = await api.client().request("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ ping }`, variables: { padding: "x".repeat(200_000) } }),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("a query 50 levels deep is refused without saying where the limit is", async () => {
    const deep = "{ viewer " + "{ memberships { organisation ".repeat(25) + "{ id }" + " } }".repeat(25) + " }";
    const response = await api.client().graphql(deep);
    expect(response.status).toBe(400);
    const messages = response.body.errors!.map((e) => e.message);
    expect(messages).toContain("Syntax Error: Query is too deep.");
    expect(messages.join(" ")).not.toMatch(/\b12\b/);
  });

  it("a GET query without a preflight header is refused (CSRF prevention)", async () => {
    const response = await api.client().request(`/graphql?query=${encodeURIComponent("{ ping }")}`);
    expect(response.status).toBe(400);
  });

  it("failed sign-ins from one address are limited with 429 and Retry-After, well above what one office needs", async () => {
    const attacker = api.client();
    const answers: number[] = [];
    // Different accounts each time: only the per-address limit can stop this.
    for (let i = 0; i <= 100; i++) answers.push((await attacker.graphql(SIGN_IN, { email: `a${i}@x.example`, password: "whatever-it-is" })).status);
    expect(answers.slice(0, 100).every((status) => status === 200)).toBe(true);
    const last = await attacker.graphql(SIGN_IN, { email: "a101@x.example", password: "whatever-it-is" });
    expect(last.status).toBe(429);
    expect(Number(last.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(last.body.errors![0]!.extensions!.code).toBe("RATE_LIMITED");
  });

  it("the health check reports the database", async () => {
    const response = await api.client().request("/healthz");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: db().dialect });
  });
});

describeEachDatabase("the API in production mode", (db) => {
  let api: RunningApi;
  beforeEach(async () => {
    api = await startApi(db(), { production: true });
  });
  afterEach(async () => {
    await api.close();
  });

  it("has introspection off and shows no stack traces", async () => {
    const introspection = await api.client().graphql(`{ __schema { types { name } } }`);
    expect(introspection.body.errors?.length).toBeGreaterThan(0);
    const failing = await api.client().graphql(`mutation { approveVerification(organisationId: "org_x") { organisation { id } } }`);
    expect(JSON.stringify(failing.body)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
  });
});
