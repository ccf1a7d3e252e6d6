import { Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { createLogger } from "../../http/logging.js";
import { describeEachDatabase, freshSqlite } from "../support/db.js";
import { startApi, type RunningApi } from "../support/http.js";
import { GOOD_PASSWORD } from "../support/identity.js";

const SIGN_UP = /* GraphQL */ `
  mutation SignUp($input: SignUpInput!) { signUp(input: $input) { user { email } userErrors { code } } }
`;
const SIGN_IN = /* GraphQL */ `
  mutation SignIn($input: SignInInput!) { signIn(input: $input) { user { email } userErrors { code } } }
`;

/** Every line the server logs, as written (JSON text), so a secret anywhere in a line is found. */
function capturedLog() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split("\n").filter(Boolean));
      done();
    },
  });
  return { lines, logger: createLogger({ level: "debug", destination }) };
}

describeEachDatabase("no credentials in the request log", (db) => {
  let api: RunningApi | undefined;
  afterEach(async () => {
    await api?.close();
  });

  it("signs up, signs in and uses an API token: the log has one line per request and none of the secrets", async () => {
    const log = capturedLog();
    api = await startApi(db(), { logger: log.logger });
    const browser = api.client();
    const email = "aminah@kelapa.example";
    const signedUp = await browser.graphql(SIGN_UP, {
      input: { email, password: GOOD_PASSWORD, displayName: "Aminah", organisation: { kind: "EXPORTER", legalName: "Kelapa Sdn. Bhd.", country: "MY" } },
    });
    expect(signedUp.body.data.signUp.userErrors).toEqual([]);
    await browser.graphql(`mutation { signOut { signedOut } }`);
    const signedIn = await browser.graphql(SIGN_IN, { input: { email, password: GOOD_PASSWORD } });
    expect(signedIn.body.data.signIn.userErrors).toEqual([]);
    const session = browser.cookie("caravan_session")!;
    expect(session).toBeTruthy();

    const created = await browser.graphql(`mutation { createApiToken(name: "ERP") { token } }`);
    const token: string = created.body.data.createApiToken.token;
    const erp = api.client({ authorization: `Bearer ${token}` });
    expect((await erp.graphql(`{ viewer { authenticatedBy } }`)).body.data.viewer.authenticatedBy).toBe("API_TOKEN");
    const revoked = await api.client({ authorization: "Bearer cvn_not-a-real-token-but-still-a-secret" }).graphql(`{ viewer { authenticatedBy } }`);
    expect(revoked.status).toBe(401);

    const text = log.lines.join("\n");
    expect(text).not.toContain(session);
    expect(text).not.toContain(token);
    expect(text).not.toContain("cvn_not-a-real-token");
    expect(text).not.toContain(GOOD_PASSWORD);
    expect(text).not.toMatch(/cookie|authorization/i);

    const requests = log.lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((line) => line.msg === "request");
    expect(requests).toHaveLength(6);
    for (const line of requests) {
      expect(line).toMatchObject({ method: "POST", path: "/graphql", reqId: expect.any(String), ms: expect.any(Number) });
      expect(Object.keys(line)).not.toContain("req");
    }
    expect(requests.map((line) => line.status)).toEqual([200, 200, 200, 200, 200, 401]);
  });

  it("redacts secrets wherever a log line carries them, in one place", () => {
    const log = capturedLog();
    log.logger.info(
      {
        variables: { input: { email: "a@b.example", password: "hunter2-hunter2" }, token: "cvn_abc" },
        headers: { authorization: "Bearer cvn_def", cookie: "caravan_session=xyz" },
      },
      "operation",
    );
    const line = log.lines.join("\n");
    for (const secret of ["hunter2-hunter2", "cvn_abc", "cvn_def", "caravan_session=xyz"]) expect(line).not.toContain(secret);
    expect(line).toContain("a@b.example");
  });
});

describe("security headers", () => {
  let api: RunningApi | undefined;
  afterEach(async () => {
    await api?.close();
  });

  it("every response forbids framing and sniffing, limits the referrer; pages carry a nonce-based CSP, API answers one that allows nothing", async () => {
    api = await startApi(await freshSqlite(), { production: true });
    const page = await fetch(`${api.baseUrl}/healthz`);
    const answer = await api.client().request("/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: '{"query":"{ __typename }"}' });
    const pageCsp = page.headers.get("content-security-policy") ?? "";
    expect(pageCsp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}'/);
    expect(pageCsp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(answer.headers.get("content-security-policy")).toBe("default-src 'none';frame-ancestors 'none'");
    for (const response of [page, answer]) {
      expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(response.headers.get("strict-transport-security")).toBeNull();
    }
    const nonces = await Promise.all([1, 2].map(async () => (await fetch(`${api!.baseUrl}/healthz`)).headers.get("content-security-policy")));
    expect(nonces[0]).not.toEqual(nonces[1]);
  });

  it("HSTS is sent once PUBLIC_URL is https", async () => {
    api = await startApi(await freshSqlite(), { production: true, publicUrl: "https://caravan.example" });
    const response = await fetch(`${api.baseUrl}/healthz`);
    expect(response.headers.get("strict-transport-security")).toMatch(/max-age=31536000/);
    expect(response.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
  });
});

describe("every malformed GraphQL request is the client's error: 4xx, a code, no stack", () => {
  let api: RunningApi | undefined;
  afterEach(async () => {
    await api?.close();
  });

  const nested = (levels: number) => `{ ${"viewer { memberships { organisation { ".repeat(levels)}id${" } } }".repeat(levels)} }`;
  const cases: { name: string; body: string; contentType?: string; status: number; code: string }[] = [
    { name: "too many tokens", body: JSON.stringify({ query: `{ ${"__typename ".repeat(2100)}}` }), status: 400, code: "GRAPHQL_PARSE_FAILED" },
    { name: "500 × @include", body: JSON.stringify({ query: `{ __typename ${"@include(if: true) ".repeat(500)}}` }), status: 400, code: "GRAPHQL_PARSE_FAILED" },
    { name: "too deep", body: JSON.stringify({ query: nested(5) }), status: 400, code: "GRAPHQL_VALIDATION_FAILED" },
    { name: "too many aliases", body: JSON.stringify({ query: `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: viewer { isPlatformAdmin }`).join(" ")} }` }), status: 400, code: "GRAPHQL_VALIDATION_FAILED" },
    { name: "too many directives", body: JSON.stringify({ query: `{ __typename ${"@include(if: true) ".repeat(30)}}` }), status: 400, code: "GRAPHQL_VALIDATION_FAILED" },
    { name: "bad JSON", body: '{ "query": ', status: 400, code: "BAD_REQUEST" },
    { name: "an unsupported charset", body: '{"query":"{ __typename }"}', contentType: "application/json; charset=koi8-r", status: 415, code: "BAD_REQUEST" },
    { name: "wrong content type", body: '{"query":"{ __typename }"}', contentType: "text/plain", status: 400, code: "BAD_REQUEST" },
    { name: "unknown operation name", body: JSON.stringify({ query: "query A { __typename }", operationName: "B" }), status: 400, code: "OPERATION_RESOLUTION_FAILURE" },
    { name: "a syntax error", body: JSON.stringify({ query: "{ viewer { " }), status: 400, code: "GRAPHQL_PARSE_FAILED" },
    { name: "an unknown field", body: JSON.stringify({ query: "{ nope }" }), status: 400, code: "GRAPHQL_VALIDATION_FAILED" },
    { name: "no query", body: JSON.stringify({ variables: {} }), status: 400, code: "BAD_REQUEST" },
    { name: "a batch", body: JSON.stringify([{ query: "{ __typename }" }]), status: 400, code: "BAD_REQUEST" },
  ];

  for (const production of [true, false]) {
    it(`${production ? "in production" : "in development"}: ${cases.map((c) => c.name).join(", ")}`, async () => {
      api = await startApi(await freshSqlite(), { production });
      for (const sent of cases) {
        const response = await fetch(`${api.baseUrl}/graphql`, {
          method: "POST",
          headers: { "content-type": sent.contentType ?? "application/json", "apollo-require-preflight": "true" },
          body: sent.body,
        });
        const text = await response.text();
        expect({ case: sent.name, status: response.status }).toEqual({ case: sent.name, status: sent.status });
        const body = JSON.parse(text) as { errors: { message: string; extensions: { code: string } }[] };
        expect({ case: sent.name, code: body.errors[0]!.extensions.code }).toEqual({ case: sent.name, code: sent.code });
        expect(text).not.toMatch(/stacktrace|\bat .+\.(js|ts):\d+/);
        // A refusal says what was wrong, not where the limits lie.
        expect(body.errors.map((e) => e.message).join(" ")).not.toMatch(/\d/);
      }
    });
  }
});
