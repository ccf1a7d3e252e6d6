import { describe, expect, it } from "vitest";
import { systemContext } from "../../graph/runtime.js";
import {
  approveVerification,
  getOrganisation,
  registerOrganisation,
  requestVerification,
  signIn,
  signUp,
  updateOrganisation,
} from "../../graph/identity/service.js";
import { createListing } from "../../graph/listings/service.js";
import { createSourcingRequest } from "../../graph/sourcing/service.js";
import { cleanText, emailProblem, isSingleScript, normalizeEmail, skeleton, textProblem } from "../../graph/shared/text.js";
import { describeEachDatabase } from "../support/db.js";
import { countRows, ctxAs, GOOD_PASSWORD, ownerOf, signUpInput } from "../support/identity.js";
import { exporter } from "../support/companies.js";
import { problemsOf } from "../support/errors.js";
import { coconuts } from "../support/listings.js";
import { loadReferenceData } from "../support/reference.js";
import { COCONUTS, market } from "../support/sourcing.js";

describe("names and titles", () => {
  it.each([
    ["a plain name", "Kelapa Sdn. Bhd.", null],
    ["Arabic with a Latin brand inside an isolate", "شركة \u2068Caravan\u2069 للتجارة", null],
    ["an embedding closed on its line", "\u202BRTL\u202C and back", null],
    ["NUL", "Aminah\u0000", "TEXT_CONTROL_CHARACTER"],
    ["a bell", "Kelapa\u0007", "TEXT_CONTROL_CHARACTER"],
    ["a C1 control", "Kelapa\u0085", "TEXT_CONTROL_CHARACTER"],
    ["a line break", "Mature coconuts.\nPacked in 25 kg bags.", null],
    ["NUL in a description", "Mature coconuts.\n\u0000", "TEXT_CONTROL_CHARACTER"],
    ["a right-to-left override (U+202E) never closed", "Kelapa Sdn. Bhd.\u202Egpj.exe", "TEXT_BIDI_UNPAIRED"],
    ["an isolate never closed", "Kelapa \u2067Sdn", "TEXT_BIDI_UNPAIRED"],
    ["a stray pop", "Kelapa\u202C Sdn", "TEXT_BIDI_UNPAIRED"],
    ["an override closed by the wrong control", "\u202Eabc\u2069", "TEXT_BIDI_UNPAIRED"],
    ["an override left open at a line break", "line one \u202E\nline two\u202C", "TEXT_BIDI_UNPAIRED"],
  ] as const)("%s", (_name, text, expected) => {
    expect(textProblem(text)).toBe(expected);
  });

  it("a one-line name has its line breaks made a space; a description keeps them", () => {
    expect(cleanText(" Kelapa\r\n\tSdn. Bhd. ")).toBe("Kelapa Sdn. Bhd.");
    expect(cleanText("Husked.\nPacked in bags.", { multiline: true })).toBe("Husked.\nPacked in bags.");
    expect(cleanText("Cafe\u0301")).toBe("Caf\u00e9");
  });
});

describe("email addresses", () => {
  it.each([
    ["admin@caravan.example", null],
    ["иван@caravan.example", null],
    ["たなか@caravan.example", null],
    ["\u0430dmin@caravan.example", "EMAIL_MIXED_SCRIPT"],
    ["admin@c\u0430ravan.example", "EMAIL_MIXED_SCRIPT"],
    ["admin\u200b@caravan.example", "EMAIL_INVISIBLE_CHARACTER"],
    ["ad\u00admin@caravan.example", "EMAIL_INVISIBLE_CHARACTER"],
    ["admin\u2060@caravan.example", "EMAIL_INVISIBLE_CHARACTER"],
    ["admin\ufeff@caravan.example", "EMAIL_INVISIBLE_CHARACTER"],
  ] as const)("%s", (email, expected) => {
    expect(emailProblem(email.normalize("NFKC"))).toBe(expected);
  });

  it("fullwidth letters fold to the address they imitate", () => {
    expect(normalizeEmail("\uff41dmin@caravan.example")).toBe("admin@caravan.example");
    expect(normalizeEmail(" Admin@Caravan.Example ")).toBe("admin@caravan.example");
  });

  it.each([
    ["Kelapa", true],
    ["東京タワー", true],
    ["서울 무역", true],
    ["K\u0435lapa", false],
    ["Ελλάδα", true],
    ["Ελλadα", false],
  ] as const)("%s is single-script: %s", (text, expected) => {
    expect(isSingleScript(text)).toBe(expected);
  });

  it("a skeleton is the same for a name and its look-alikes", () => {
    const original = skeleton("Kelapa Nusantara Sdn. Bhd.");
    expect(skeleton("KELAPA  NUSANTARA SDN. BHD.")).toBe(original);
    expect(skeleton("K\u0435lapa Nusantara Sdn. Bhd.")).toBe(original);
    expect(skeleton("Kelapa\u200b Nusantara Sdn. Bhd.")).toBe(original);
    expect(skeleton("Ｋｅｌａｐａ Nusantara Sdn. Bhd.")).toBe(original);
    expect(skeleton("Kelapa Sejahtera Sdn. Bhd.")).not.toBe(original);
  });
});

describeEachDatabase("look-alike and invisible characters are refused at sign-up", (db) => {
  const admin = async () => {
    await registerOrganisation(systemContext(db()), signUpInput({ email: "admin@caravan.example", kind: "buyer", country: "CH", organisation: { kind: "buyer", legalName: "Admin Test AG", country: "CH" } }));
  };

  it("\\u0430dmin@caravan.example (Cyrillic а) and admin\\u200b@caravan.example (zero-width space) create no account", async () => {
    await admin();
    const before = await countRows(db(), "users");
    expect(await problemsOf(signUp(ctxAs(db()), signUpInput({ email: "\u0430dmin@caravan.example" })))).toEqual([{ field: "email", code: "EMAIL_MIXED_SCRIPT" }]);
    expect(await problemsOf(signUp(ctxAs(db()), signUpInput({ email: "admin\u200b@caravan.example" })))).toEqual([{ field: "email", code: "EMAIL_INVISIBLE_CHARACTER" }]);
    expect(await countRows(db(), "users")).toBe(before);
  });

  it("fullwidth ａdmin@caravan.example is the admin's own address: taken, and it signs the admin in", async () => {
    await admin();
    expect(await problemsOf(signUp(ctxAs(db()), signUpInput({ email: "\uff41dmin@caravan.example" })))).toEqual([{ field: "email", code: "EMAIL_TAKEN" }]);
    await expect(signIn(ctxAs(db()), { email: "\uff41dmin@caravan.example", password: GOOD_PASSWORD })).resolves.toMatchObject({ user: { email: "admin@caravan.example" } });
  });

  it("an honest Cyrillic address at a Latin domain is welcome, stored in NFKC", async () => {
    const created = await signUp(ctxAs(db()), signUpInput({ email: "иван@caravan.example" }));
    expect(created.user.email).toBe("иван@caravan.example");
  });

  it("a legal name with U+202E and a display name with NUL are refused, together", async () => {
    const input = signUpInput({ displayName: "Aminah\u0000", organisation: { kind: "exporter", legalName: "Kelapa Sdn. Bhd.\u202Egpj.exe", country: "MY" } });
    expect(await problemsOf(signUp(ctxAs(db()), input))).toEqual([
      { field: "displayName", code: "TEXT_CONTROL_CHARACTER" },
      { field: "organisation.legalName", code: "TEXT_BIDI_UNPAIRED" },
    ]);
    expect(await countRows(db(), "organisations")).toBe(0);
  });

  it("a company cannot be renamed to a name holding a right-to-left override", async () => {
    const owner = await ownerOf(db());
    expect(await problemsOf(updateOrganisation(owner.ctx, { legalName: "\u202EKelapa" }))).toEqual([{ field: "legalName", code: "TEXT_BIDI_UNPAIRED" }]);
  });
});

describeEachDatabase("listing and sourcing request titles keep out NUL and bidi overrides", (db) => {
  it("a listing titled with NUL or an unclosed override is refused; its description may break lines", async () => {
    await loadReferenceData(db());
    const seller = await exporter(db(), { verified: true });
    expect(await problemsOf(createListing(seller.ctx, coconuts({ title: "Coconuts\u0000" })))).toEqual([{ field: "title", code: "TEXT_CONTROL_CHARACTER" }]);
    expect(await problemsOf(createListing(seller.ctx, coconuts({ title: "Coconuts \u202Eevif rof eno yub" })))).toEqual([{ field: "title", code: "TEXT_BIDI_UNPAIRED" }]);
    await expect(createListing(seller.ctx, coconuts({ description: "Husked.\nPacked in 25 kg mesh bags." }))).resolves.toMatchObject({ description: "Husked.\nPacked in 25 kg mesh bags." });
  });

  it("a sourcing request titled with NUL is refused", async () => {
    const { buyer } = await market(db());
    expect(await problemsOf(createSourcingRequest(buyer.ctx, { ...COCONUTS, title: "Husked coconuts\u0000" }))).toEqual([{ field: "title", code: "TEXT_CONTROL_CHARACTER" }]);
  });
});

describeEachDatabase("a copy of a verified company's legal name is flagged for the admin", (db) => {
  async function verifiedKelapa() {
    const kelapa = await ownerOf(db(), signUpInput({ email: "aminah@kelapa.example", organisation: { kind: "exporter", legalName: "Kelapa Nusantara Sdn. Bhd.", country: "MY" } }));
    await updateOrganisation(kelapa.ctx, { addressLine1: "Lot 12", city: "Port Klang", registrationNumber: "201901012345", taxId: "C2581234509" });
    await requestVerification(kelapa.ctx);
    await approveVerification(systemContext(db()), kelapa.organisationId);
    return kelapa;
  }

  it("the exact name, and the name with a Cyrillic е, in the same country: created, flagged, and only the admin sees the flag", async () => {
    const kelapa = await verifiedKelapa();
    const copy = await ownerOf(db(), signUpInput({ email: "sales@kelapa-nusantara.example", organisation: { kind: "exporter", legalName: "Kelapa Nusantara Sdn. Bhd.", country: "MY" } }));
    const lookAlike = await ownerOf(db(), signUpInput({ email: "info@kelapa-nusantara.example", organisation: { kind: "exporter", legalName: "K\u0435lapa  NUSANTARA Sdn. Bhd.", country: "MY" } }));
    const asAdmin = systemContext(db());
    expect(await getOrganisation(asAdmin, copy.organisationId)).toMatchObject({ resemblesOrganisationId: kelapa.organisationId });
    expect(await getOrganisation(asAdmin, lookAlike.organisationId)).toMatchObject({ resemblesOrganisationId: kelapa.organisationId });
    // The company itself and everyone else see nothing of the review.
    expect(await getOrganisation(copy.ctx, copy.organisationId)).toMatchObject({ resemblesOrganisationId: null });
    expect(await getOrganisation(kelapa.ctx, copy.organisationId)).toMatchObject({ resemblesOrganisationId: null });
  });

  it("the same name in another country, or a name that only shares words, is not flagged", async () => {
    await verifiedKelapa();
    const elsewhere = await ownerOf(db(), signUpInput({ email: "a@kelapa.example.id", country: "ID", organisation: { kind: "exporter", legalName: "Kelapa Nusantara Sdn. Bhd.", country: "ID" } }));
    const other = await ownerOf(db(), signUpInput({ email: "b@sejahtera.example", organisation: { kind: "exporter", legalName: "Kelapa Sejahtera Sdn. Bhd.", country: "MY" } }));
    for (const id of [elsewhere.organisationId, other.organisationId]) {
      expect(await getOrganisation(systemContext(db()), id)).toMatchObject({ resemblesOrganisationId: null });
    }
  });

  it("renaming a company to a verified company's name flags it too", async () => {
    const kelapa = await verifiedKelapa();
    const other = await ownerOf(db(), signUpInput({ email: "b@sejahtera.example", organisation: { kind: "exporter", legalName: "Kelapa Sejahtera Sdn. Bhd.", country: "MY" } }));
    await updateOrganisation(other.ctx, { legalName: "Kelapa Nusantara Sdn Bhd." });
    expect(await getOrganisation(systemContext(db()), other.organisationId)).toMatchObject({ resemblesOrganisationId: null });
    await updateOrganisation(other.ctx, { legalName: "kelapa nusantara sdn. bhd." });
    expect(await getOrganisation(systemContext(db()), other.organisationId)).toMatchObject({ resemblesOrganisationId: kelapa.organisationId });
  });
});
