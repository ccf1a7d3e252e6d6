import type { AppLoadContext } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import type { InProcessApi, OperationResult } from "../../app/load-context";
import { loader as documentFile } from "../../app/routes/documents.$file";
import { action as documentsAction } from "../../app/routes/shipments.$id_.documents";
import { action as verifyUpload } from "../../app/routes/verify._index";

const signedIn = { kind: "user", userId: "usr_1", sessionId: "ses_1", organisationId: "org_1", role: "owner", isPlatformAdmin: false, customsJurisdiction: null } as const;

/** A stand-in for server.ts's in-process API; `answer` picks the result per operation, and every operation run is recorded. */
function contextWith(viewer: InProcessApi["viewer"], answer: (query: string) => OperationResult<unknown>) {
  const operations: { query: string; variables?: Record<string, unknown> }[] = [];
  const caravan: InProcessApi = {
    locale: "en",
    viewer,
    execute: async (query, variables) => {
      operations.push({ query, variables });
      return answer(query) as never;
    },
    takeCookies: () => [],
  };
  return { context: { caravan, cspNonce: "test-nonce" } as AppLoadContext, operations };
}

const NOT_FOUND = { errors: [{ message: "This document does not exist.", extensions: { code: "NOT_FOUND" } }] };
const PDF_BYTES = new Uint8Array(Buffer.from("%PDF-1.7\n%test\n"));

async function thrown(promise: Promise<unknown>): Promise<Response> {
  return promise.then(
    () => expect.fail("expected the loader to throw"),
    (error: unknown) => error as Response,
  );
}

describe("/documents/<id>.<ext>", () => {
  const load = (file: string, viewer: InProcessApi["viewer"], answer: (query: string) => OperationResult<unknown>) => {
    const { context, operations } = contextWith(viewer, answer);
    const request = new Request(`http://caravan.test/documents/${file}`);
    return { response: documentFile({ request, context, params: { file } }), operations };
  };

  it("answers the file as a private attachment named as the API names it", async () => {
    const { response } = load("doc_1.pdf", signedIn, () => ({
      data: { documentFile: { filename: "commercial-invoice-CI-2026-000001-v1.pdf", contentType: "application/pdf", base64: Buffer.from(PDF_BYTES).toString("base64") } },
    }));
    const answer = await response;
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toBe("application/pdf");
    expect(answer.headers.get("content-disposition")).toBe(
      "attachment; filename=\"commercial-invoice-CI-2026-000001-v1.pdf\"; filename*=UTF-8''commercial-invoice-CI-2026-000001-v1.pdf",
    );
    expect(answer.headers.get("cache-control")).toBe("private, no-store");
    expect(Buffer.from(await answer.arrayBuffer())).toEqual(Buffer.from(PDF_BYTES));
  });

  it("asks the API for the UBL of .xml, and answers an unknown extension with 404 without asking", async () => {
    const xml = load("doc_1.xml", signedIn, () => ({ data: { documentFile: { filename: "a.xml", contentType: "application/xml; charset=utf-8", base64: "PEludm9pY2UvPg==" } } }));
    await xml.response;
    expect(xml.operations).toHaveLength(1);
    const docx = load("doc_1.docx", signedIn, () => NOT_FOUND);
    expect((await thrown(docx.response)).status).toBe(404);
    expect(docx.operations).toEqual([]);
  });

  it("sends a visitor to sign in and back, and tells a reader who may not see it in plain words", async () => {
    const visitor = await thrown(load("doc_1.pdf", { kind: "anonymous" }, () => NOT_FOUND).response);
    expect(visitor.status).toBe(302);
    expect(visitor.headers.get("location")).toBe("/sign-in?redirectTo=%2Fdocuments%2Fdoc_1.pdf");
    const refused = await load("doc_1.pdf", signedIn, () => NOT_FOUND).response;
    expect(refused.status).toBe(404);
    expect(refused.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    await expect(refused.text()).resolves.toBe("This document does not exist.");
  });
});

describe("/verify upload", () => {
  const post = async (body: FormData | string, answer: (query: string) => OperationResult<unknown> = () => ({ data: {} })) => {
    const { context, operations } = contextWith({ kind: "anonymous" }, answer);
    const request = new Request("http://caravan.test/verify", { method: "POST", body });
    const response = await verifyUpload({ request, context, params: {} });
    return { response, body: (await response.json()) as { errors: { field: string; code: string; message: string }[] }, operations };
  };
  const withFile = (bytes: Uint8Array<ArrayBuffer>, name = "invoice.pdf") => {
    const form = new FormData();
    form.set("file", new File([bytes], name, { type: "application/pdf" }));
    return form;
  };

  it("refuses a file that is not a PDF, an empty form and a file over 20 MB, each with its own message, without asking the API", async () => {
    const text = await post(withFile(Buffer.from("hello"), "notes.pdf"));
    expect([text.response.status, text.body.errors]).toEqual([400, [{ field: "file", code: "NOT_PDF", message: "This file is not a PDF. Choose the document's PDF file." }]]);
    const empty = await post(withFile(new Uint8Array()));
    expect(empty.body.errors.map((e) => e.code)).toEqual(["REQUIRED"]);
    const notMultipart = await post("file=x");
    expect(notMultipart.body.errors.map((e) => e.code)).toEqual(["REQUIRED"]);
    const huge = await post(withFile(new Uint8Array(20 * 1024 * 1024 + 1)));
    expect([huge.response.status, huge.body.errors[0]!.message]).toEqual([413, expect.stringContaining("The file is larger than 20 MB.")]);
    expect([text, empty, notMultipart, huge].flatMap((r) => r.operations)).toEqual([]);
  });

  it("hands a PDF to the API whole, as base64", async () => {
    const unknown = { passed: false, code: "NOT_CHECKED", detail: "Not checked." };
    const { response, body, operations } = await post(withFile(PDF_BYTES), (query) =>
      query.includes("verifyDocumentUpload")
        ? { data: { verifyDocumentUpload: { verdict: "UNKNOWN", checks: { integrity: { ...unknown, code: "NO_DOCUMENT_ID" }, status: unknown, issuer: unknown }, document: null } } }
        : { data: { viewer: { isPlatformAdmin: false, organisation: null } } },
    );
    expect(response.status).toBe(200);
    const sent = operations.find((o) => o.query.includes("verifyDocumentUpload"))!.variables!.base64 as string;
    expect(Buffer.from(sent, "base64")).toEqual(Buffer.from(PDF_BYTES));
    expect(body).toMatchObject({ errors: [], fileName: "invoice.pdf", view: { verdict: "UNKNOWN", document: null } });
  });
});

describe("the seller's issue form", () => {
  const issue = async (fields: [string, string][], answer: (query: string) => OperationResult<unknown>) => {
    const { context, operations } = contextWith(signedIn, answer);
    const form = new FormData();
    for (const [name, value] of fields) form.append(name, value);
    const request = new Request("http://caravan.test/shipments/shp_1/documents", { method: "POST", body: form });
    const response = await documentsAction({ request, context, params: { id: "shp_1" } });
    const mutation = operations.find((o) => o.query.includes("issueDocument"));
    return { status: response.status, body: (await response.json()) as { errors: { field: string | null; code: string }[] }, input: mutation?.variables?.input as Record<string, unknown> | undefined };
  };
  const certificate: [string, string][] = [
    ["intent", "issue"], ["kind", "CERTIFICATE_OF_ORIGIN"], ["orderId", "ord_1"], ["signatoryTitle", "Director"],
    ["lineNo", "1"], ["origin.1.criterion", "RVC"], ["origin.1.rvcPercent", "45"], ["origin.1.fobValueMinor", "1 250,50"],
    ["lineNo", "3"], ["origin.3.criterion", ""],
  ];
  const orderIn = (amount: string) => ({ data: { order: { goodsTotal: { amount } } } });

  it("sends each line's criterion with the FOB value in the invoice currency's minor units, and puts the API's errors next to the line they are about", async () => {
    const { status, body, input } = await issue(certificate, (query) =>
      query.includes("issueDocument")
        ? { data: { issueDocument: { document: null, userErrors: [{ field: "origin.1.criterion", code: "ORIGIN_CRITERION_REQUIRED", message: "State the origin criterion." }] } } }
        : orderIn("23600.00"),
    );
    expect(input).toMatchObject({
      shipmentId: "shp_1", kind: "CERTIFICATE_OF_ORIGIN", signatoryTitle: "Director", place: null, correctionReason: null,
      origin: [{ lineNo: 1, criterion: "RVC", rvcPercent: 45, fobValueMinor: 125_050 }, { lineNo: 3, criterion: "", rvcPercent: null, fobValueMinor: null }],
    });
    expect([status, body.errors.map((e) => e.field)]).toEqual([400, ["origin.3.criterion"]]);
  });

  it("refuses a percentage that is no number next to its line, without issuing", async () => {
    const fields = certificate.map(([name, value]): [string, string] => [name, name === "origin.1.rvcPercent" ? "forty" : value]);
    const { body, input } = await issue(fields, () => orderIn("23600.00"));
    expect(input).toBeUndefined();
    expect(body.errors).toEqual([expect.objectContaining({ field: "origin.1.rvcPercent", code: "NUMBER_INVALID" })]);
  });

  it("reads a postal item's value in SDR as hundredths, and points a re-issue without a reason at the reason field", async () => {
    const { body, input } = await issue(
      [["intent", "issue"], ["kind", "POSTAL_DECLARATION"], ["signatoryTitle", "Director"], ["valueSdrMinor", "250.5"], ["postalCategory", "COMMERCIAL_SAMPLE"]],
      () => ({ data: { issueDocument: { document: null, userErrors: [{ field: null, code: "DOCUMENT_ALREADY_ISSUED", message: "Already issued." }] } } }),
    );
    expect(input).toMatchObject({ valueSdrMinor: 25_050, postalCategory: "COMMERCIAL_SAMPLE", origin: null });
    expect(body.errors.map((e) => e.field)).toEqual(["correctionReason"]);
  });
});
