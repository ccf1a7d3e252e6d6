import { describe, expect, it } from "vitest";
import { safeRedirect, sortErrors, textOf, valuesOf } from "../../app/utils/forms";

describe("sortErrors", () => {
  it("puts each message next to the field the form shows, and the rest on the form", () => {
    const sorted = sortErrors(
      [
        { field: "email", code: "EMAIL_TAKEN", message: "Taken." },
        { field: "organisation.country", code: "COUNTRY_UNKNOWN", message: "Unknown country." },
        { field: "email", code: "TOO_LONG", message: "Too long." },
        { field: null, code: "VERIFICATION_PENDING_LOCKED", message: "Locked." },
        { field: "after", code: "CURSOR_INVALID", message: "Bad page link." },
      ],
      ["email", "organisation.country"],
    );
    expect(sorted.fields).toEqual({ email: ["Taken.", "Too long."], "organisation.country": ["Unknown country."] });
    expect(sorted.form).toEqual(["Locked.", "Bad page link."]);
  });

  it("has nothing to show when there are no errors", () => {
    expect(sortErrors(undefined, ["email"])).toEqual({ fields: {}, form: [] });
  });
});

describe("safeRedirect", () => {
  it.each([
    ["/company", "/company"],
    ["/admin/verifications?after=abc", "/admin/verifications?after=abc"],
    ["https://evil.example/", "/"],
    ["//evil.example/", "/"],
    ["/\\evil.example", "/"],
    ["company", "/"],
    ["", "/"],
    [null, "/"],
  ])("%s goes to %s", (to, expected) => {
    expect(safeRedirect(to)).toBe(expected);
  });

  it("uses the fallback it is given", () => {
    expect(safeRedirect("//evil.example", "/company")).toBe("/company");
  });
});

describe("form fields", () => {
  it("reads text fields, treating missing ones and files as empty", () => {
    const form = new FormData();
    form.set("email", "a@b.example");
    form.set("upload", new Blob(["x"]), "x.txt");
    expect(textOf(form, "email")).toBe("a@b.example");
    expect(textOf(form, "missing")).toBe("");
    expect(textOf(form, "upload")).toBe("");
    expect(valuesOf(form, ["email", "missing"])).toEqual({ email: "a@b.example", missing: "" });
  });
});
