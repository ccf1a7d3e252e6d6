import type { AppLoadContext } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import type { InProcessApi, OperationResult } from "../../app/load-context";
import { api } from "../../app/graphql.server";

/** A stand-in for server.ts's in-process API: answers every operation with `result`. */
function contextAnswering(result: OperationResult<unknown>, cookies: string[] = []): AppLoadContext {
  const caravan: InProcessApi = {
    locale: "en",
    viewer: { kind: "anonymous" },
    execute: async () => result as never,
    takeCookies: () => cookies.splice(0),
  };
  return { caravan, cspNonce: "test-nonce" };
}

const request = new Request("http://caravan.test/admin/verifications?after=abc");
const refusal = (code: string, message = "Refused.") => ({ errors: [{ message, extensions: { code } }] });

async function thrown(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail("expected the operation to throw"),
    (error: unknown) => error,
  );
}

describe("api(context).query", () => {
  it("returns the data of a successful operation", async () => {
    const gql = api({ context: contextAnswering({ data: { ping: true } }), request });
    await expect(gql.query("{ ping }")).resolves.toEqual({ ping: true });
  });

  it("sends the signed-out to sign in, and back to the page afterwards", async () => {
    const response = (await thrown(api({ context: contextAnswering(refusal("UNAUTHENTICATED")), request }).query("{ x }"))) as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/sign-in?redirectTo=%2Fadmin%2Fverifications%3Fafter%3Dabc");
  });

  it.each([
    ["FORBIDDEN", 403],
    ["NOT_FOUND", 404],
    ["BAD_USER_INPUT", 400],
    ["RATE_LIMITED", 429],
  ])("answers %s with a %i page that carries the API's message", async (code, status) => {
    const response = (await thrown(api({ context: contextAnswering(refusal(code, "Only a platform administrator can do this.")), request }).query("{ x }"))) as Response;
    expect(response.status).toBe(status);
    await expect(response.json()).resolves.toEqual({ code, message: "Only a platform administrator can do this." });
  });

  it("turns anything unexpected into an Error (a 500 page), never a page that shows the details", async () => {
    const error = await thrown(api({ context: contextAnswering(refusal("INTERNAL_SERVER_ERROR", "SQLITE_BUSY")), request }).query("{ x }"));
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(Response);
  });
});

describe("api(context).attempt", () => {
  it("hands the codes the route handles back as a problem", async () => {
    const gql = api({ context: contextAnswering(refusal("RATE_LIMITED", "Too many attempts.")), request });
    await expect(gql.attempt("mutation { x }", undefined, ["RATE_LIMITED"])).resolves.toEqual({
      data: null,
      problem: { code: "RATE_LIMITED", message: "Too many attempts.", userErrors: [] },
    });
  });

  it("passes on which argument a query's BAD_USER_INPUT is about, for the page to show next to its field", async () => {
    const userErrors = [{ field: "filters.hsCode", code: "HS_PREFIX_INVALID", message: "Enter the start of an HS code." }];
    const context = contextAnswering({ errors: [{ message: "Enter the start of an HS code.", extensions: { code: "BAD_USER_INPUT", userErrors } }] });
    await expect(api({ context, request }).attempt("{ x }", undefined, ["BAD_USER_INPUT"])).resolves.toEqual({
      data: null,
      problem: { code: "BAD_USER_INPUT", message: "Enter the start of an HS code.", userErrors },
    });
  });
});

describe("responses with cookies", () => {
  it("adds every Set-Cookie header the mutations produced, once", async () => {
    const cookies = ["caravan_session=abc; Path=/; HttpOnly; SameSite=Lax", "other=1; Path=/"];
    const gql = api({ context: contextAnswering({ data: {} }, cookies), request });
    const response = gql.redirect("/company");
    expect(response.headers.get("location")).toBe("/company");
    expect(response.headers.getSetCookie()).toEqual(["caravan_session=abc; Path=/; HttpOnly; SameSite=Lax", "other=1; Path=/"]);
    expect(gql.json({ ok: true }).headers.getSetCookie()).toEqual([]);
  });
});

describe("requireSignedIn", () => {
  it("sends an anonymous visitor to sign in", () => {
    const gql = api({ context: contextAnswering({ data: {} }), request: new Request("http://caravan.test/company") });
    try {
      gql.requireSignedIn();
      expect.fail("expected a redirect");
    } catch (error) {
      expect((error as Response).headers.get("location")).toBe("/sign-in?redirectTo=%2Fcompany");
    }
  });
});
