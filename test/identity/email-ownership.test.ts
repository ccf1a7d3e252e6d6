import { afterEach, beforeEach, expect, it } from "vitest";
import type { Database } from "../../db/database.js";
import { systemContext } from "../../graph/runtime.js";
import { approveVerification, authenticate, requestVerification, resetPassword, signIn, updateOrganisation } from "../../graph/identity/service.js";
import { createListing, publishListing } from "../../graph/listings/service.js";
import { deliverDueMail, MAIL_MAX_ATTEMPTS, type Mailer } from "../../graph/mail/service.js";
import { smtpTransport } from "../../graph/mail/transport.js";
import { createSourcingRequest, submitQuote } from "../../graph/sourcing/service.js";
import { placeOrder } from "../../graph/trade/service.js";
import { describeEachDatabase } from "../support/db.js";
import { startApi, type RunningApi } from "../support/http.js";
import { ctxAs, GOOD_PASSWORD, ownerOf, signUpInput } from "../support/identity.js";
import { confirmEmailOf, mailsTo } from "../support/mail.js";
import { startSmtpServer, type ReceivedMail } from "../support/smtp.js";
import { codeOf } from "../support/errors.js";
import { coconuts } from "../support/listings.js";
import { COCONUTS, kelapaQuote } from "../support/sourcing.js";
import { freshKey, tradeWorld } from "../support/trade.js";

const SIGN_UP = /* GraphQL */ `
  mutation SignUp($input: SignUpInput!) { signUp(input: $input) { user { email emailConfirmed } userErrors { code } } }
`;
const VIEWER = /* GraphQL */ `{ viewer { authenticatedBy user { email emailConfirmed } } }`;
const CONFIRM = /* GraphQL */ `mutation Confirm($token: String!) { confirmEmail(token: $token) { user { emailConfirmed } userErrors { field code } } }`;
const RESEND = /* GraphQL */ `mutation { resendEmailConfirmation { sent userErrors { code } } }`;
const FORGOT = /* GraphQL */ `mutation Forgot($email: String!) { requestPasswordReset(email: $email) { accepted userErrors { code } } }`;
const RESET = /* GraphQL */ `
  mutation Reset($token: String!, $password: String!) { resetPassword(token: $token, password: $password) { reset userErrors { field code } } }
`;
const SIGN_IN = /* GraphQL */ `mutation SignIn($input: SignInInput!) { signIn(input: $input) { user { email } userErrors { code } } }`;

const PUBLIC_URL = "https://caravan.example";
const NEW_PASSWORD = "monsoon-ledger-77";

/** The link of a kind in a received message, as a mail client shows it. */
function linkIn(mail: ReceivedMail, path: "confirm-email" | "reset-password"): URL {
  const href = new RegExp(`${PUBLIC_URL.replace(/\./g, "\\.")}/${path}/[0-9a-z]+`).exec(mail.body)?.[0];
  if (!href) throw new Error(`no ${path} link in the message`);
  return new URL(href);
}

const tokenOf = (link: URL) => link.pathname.split("/").at(-1)!;

describeEachDatabase("email ownership over SMTP", (db) => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let api: RunningApi;
  let mailer: Mailer;
  let clock: number;
  const worker = () => ({ ...systemContext(db()), now: () => new Date(clock) });

  beforeEach(async () => {
    smtp = await startSmtpServer();
    api = await startApi(db(), { publicUrl: PUBLIC_URL });
    mailer = { transport: smtpTransport(smtp.url, "Caravan <no-reply@caravan.example>"), publicUrl: PUBLIC_URL };
    clock = Date.now();
  });
  afterEach(async () => {
    await api.close();
    await smtp.close();
  });

  it("a buyer in PL signs up, gets the link by mail in Polish, follows it and is confirmed", async () => {
    const browser = api.client();
    const signedUp = await browser.graphql(SIGN_UP, {
      input: { email: "marta@balticfresh.example", password: GOOD_PASSWORD, displayName: "Marta", locale: "pl", organisation: { kind: "BUYER", legalName: "Baltic Fresh Sp. z o.o.", country: "PL" } },
    });
    expect(signedUp.body.data.signUp).toEqual({ user: { email: "marta@balticfresh.example", emailConfirmed: false }, userErrors: [] });

    expect(await deliverDueMail(worker(), mailer)).toBe(1);
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail!.to).toEqual(["marta@balticfresh.example"]);
    expect(mail!.subject).toBe("Potwierdź adres e-mail w Caravan");
    expect(mail!.messageId).toMatch(/^<obx_[0-9a-z]+@caravan\.example>$/);
    // The secret leaves the outbox once it is delivered; running the mailer again sends nothing.
    const [queued] = await mailsTo(db(), "marta@balticfresh.example");
    expect(queued!.sentAt).not.toBeNull();
    expect(JSON.stringify(queued!.data)).not.toContain(tokenOf(linkIn(mail!, "confirm-email")));
    expect(await deliverDueMail(worker(), mailer)).toBe(0);

    // Opened on a phone, not signed in: the link alone confirms.
    const phone = api.client();
    const confirmed = await phone.graphql(CONFIRM, { token: tokenOf(linkIn(mail!, "confirm-email")) });
    expect(confirmed.body.data.confirmEmail).toEqual({ user: { emailConfirmed: true }, userErrors: [] });
    expect((await browser.graphql(VIEWER)).body.data.viewer.user).toEqual({ email: "marta@balticfresh.example", emailConfirmed: true });
    // Opening it again says it is done rather than failing.
    expect((await phone.graphql(CONFIRM, { token: tokenOf(linkIn(mail!, "confirm-email")) })).body.data.confirmEmail.userErrors).toEqual([]);
    expect((await browser.graphql(RESEND)).body.data.resendEmailConfirmation).toEqual({ sent: false, userErrors: [{ code: "EMAIL_ALREADY_CONFIRMED" }] });
  });

  it("a resent link replaces the first; a made-up link confirms nothing", async () => {
    const browser = api.client();
    await browser.graphql(SIGN_UP, { input: { email: "aminah@kelapa.example", password: GOOD_PASSWORD, displayName: "Aminah", organisation: { kind: "EXPORTER", legalName: "Kelapa Sdn. Bhd.", country: "MY" } } });
    expect((await browser.graphql(RESEND)).body.data.resendEmailConfirmation).toEqual({ sent: true, userErrors: [] });
    await deliverDueMail(worker(), mailer);
    const [first, second] = smtp.received.map((m) => tokenOf(linkIn(m, "confirm-email")));
    expect((await browser.graphql(CONFIRM, { token: first })).body.data.confirmEmail.userErrors).toEqual([{ field: "token", code: "LINK_INVALID" }]);
    expect((await browser.graphql(CONFIRM, { token: "0".repeat(52) })).body.data.confirmEmail.userErrors).toEqual([{ field: "token", code: "LINK_INVALID" }]);
    expect((await browser.graphql(VIEWER)).body.data.viewer.user.emailConfirmed).toBe(false);
    expect((await browser.graphql(CONFIRM, { token: second })).body.data.confirmEmail.userErrors).toEqual([]);
  });

  it("forgot password: the mail's link sets a new password once, within 30 minutes, and ends the other sessions", async () => {
    const owner = await ownerOf(db(), signUpInput({ email: "aminah@kelapa.example", locale: "ms" }));
    const laptop = api.client();
    await laptop.graphql(SIGN_IN, { input: { email: "aminah@kelapa.example", password: GOOD_PASSWORD } });
    expect((await laptop.graphql(VIEWER)).body.data.viewer.authenticatedBy).toBe("SESSION");

    const stranger = api.client();
    expect((await stranger.graphql(FORGOT, { email: "aminah@kelapa.example" })).body.data.requestPasswordReset).toEqual({ accepted: true, userErrors: [] });
    // An address without an account gets the same answer, and no mail goes anywhere.
    expect((await stranger.graphql(FORGOT, { email: "nobody@kelapa.example" })).body.data.requestPasswordReset).toEqual({ accepted: true, userErrors: [] });
    smtp.received.splice(0);
    await deliverDueMail(worker(), mailer);
    const resets = smtp.received.filter((m) => m.body.includes("/reset-password/"));
    expect(resets.map((m) => m.to)).toEqual([["aminah@kelapa.example"]]);
    expect(resets[0]!.subject).toBe("Pilih kata laluan Caravan yang baharu");
    const token = tokenOf(linkIn(resets[0]!, "reset-password"));

    const weak = await stranger.graphql(RESET, { token, password: "short" });
    expect(weak.body.data.resetPassword).toEqual({ reset: false, userErrors: [{ field: "password", code: "PASSWORD_TOO_SHORT" }] });
    const reset = await stranger.graphql(RESET, { token, password: NEW_PASSWORD });
    expect(reset.body.data.resetPassword).toEqual({ reset: true, userErrors: [] });

    // The old password is refused, the new one works, and the sessions opened before are gone.
    expect((await api.client().graphql(SIGN_IN, { input: { email: "aminah@kelapa.example", password: GOOD_PASSWORD } })).body.data.signIn.userErrors).toEqual([{ code: "CREDENTIALS_WRONG" }]);
    expect((await api.client().graphql(SIGN_IN, { input: { email: "aminah@kelapa.example", password: NEW_PASSWORD } })).body.data.signIn.userErrors).toEqual([]);
    expect((await laptop.graphql(VIEWER)).body.data.viewer.authenticatedBy).toBe("ANONYMOUS");
    expect(await authenticate(ctxAs(db()), { sessionToken: owner.token })).toEqual({ kind: "anonymous" });

    // The link works once.
    const again = await stranger.graphql(RESET, { token, password: "another-fine-password-9" });
    expect(again.body.data.resetPassword).toEqual({ reset: false, userErrors: [{ field: "token", code: "LINK_INVALID" }] });
  });

  it("a reset link older than 30 minutes is refused and the password stays", async () => {
    await ownerOf(db(), signUpInput({ email: "aminah@kelapa.example" }));
    await api.client().graphql(FORGOT, { email: "aminah@kelapa.example" });
    await deliverDueMail(worker(), mailer);
    const token = tokenOf(linkIn(smtp.received.find((m) => m.body.includes("/reset-password/"))!, "reset-password"));
    const halfAnHourLater = { ...ctxAs(db()), now: () => new Date(Date.now() + 30 * 60_000 + 1000) };
    const late = await resetPassword(halfAnHourLater, token, NEW_PASSWORD).catch((e: unknown) => e);
    expect(late).toMatchObject({ problems: [{ field: "token", code: "LINK_EXPIRED" }] });
    await expect(signIn(ctxAs(db()), { email: "aminah@kelapa.example", password: GOOD_PASSWORD })).resolves.toMatchObject({ user: { email: "aminah@kelapa.example" } });
  });

  it("a receiving server that refuses gets the mail again later; after the last attempt it is kept, failed", async () => {
    await ownerOf(db(), signUpInput({ email: "aminah@kelapa.example" }), { confirmed: false });
    smtp.refuseNext(1);
    expect(await deliverDueMail(worker(), mailer)).toBe(1);
    let [queued] = await mailsTo(db(), "aminah@kelapa.example");
    expect(queued!.sentAt).toBeNull();
    // Not due again at once: the retry waits a minute.
    expect(await deliverDueMail(worker(), mailer)).toBe(0);
    clock += 61_000;
    expect(await deliverDueMail(worker(), mailer)).toBe(1);
    [queued] = await mailsTo(db(), "aminah@kelapa.example");
    expect(queued!.sentAt).not.toBeNull();
    expect(smtp.received).toHaveLength(1);

    const broken: Mailer = { transport: { send: () => Promise.reject(new Error("connect ECONNREFUSED")) }, publicUrl: PUBLIC_URL };
    await api.client().graphql(FORGOT, { email: "aminah@kelapa.example" });
    for (let attempt = 0; attempt < MAIL_MAX_ATTEMPTS; attempt++) {
      expect(await deliverDueMail(worker(), broken)).toBe(1);
      clock += 3 * 3600_000;
    }
    expect(await deliverDueMail(worker(), broken)).toBe(0);
    const failed = await db().db.selectFrom("outbox").selectAll().where("kind", "=", "reset-password").executeTakeFirstOrThrow();
    expect(failed).toMatchObject({ sent_at: null, attempts: MAIL_MAX_ATTEMPTS, last_error: "Error: connect ECONNREFUSED" });
    expect(failed.failed_at).not.toBeNull();
  });
});

describeEachDatabase("an unconfirmed account can look but not publish, quote or order", (db) => {
  async function world(database: Database) {
    const trade = await tradeWorld(database);
    // A verified exporter and a buyer who never opened their confirmation mail.
    const tropika = await ownerOf(database, signUpInput({ email: "dewi@tropika.example", country: "ID", organisation: { kind: "exporter", legalName: "PT Tropika Kelapa", country: "ID" } }), { confirmed: false });
    const nordic = await ownerOf(database, signUpInput({ email: "lars@nordicfood.example", country: "SE", organisation: { kind: "buyer", legalName: "Nordic Food AB", country: "SE" } }), { confirmed: false });
    return { trade, tropika, nordic };
  }

  it("publishing a listing, quoting, asking for quotes and ordering are refused until the link is opened", async () => {
    const { trade, tropika, nordic } = await world(db());
    await updateOrganisation(tropika.ctx, { addressLine1: "Jl. Pelabuhan 1", city: "Surabaya", registrationNumber: "AHU-0012345", taxId: "01.234.567.8-901.000" });
    await requestVerification(tropika.ctx);
    await approveVerification(trade.admin, tropika.organisationId);

    const draft = await createListing(tropika.ctx, coconuts({ externalRef: "TRP-1" }));
    expect(await codeOf(publishListing(tropika.ctx, draft.id))).toEqual({ code: "FORBIDDEN", key: "EMAIL_UNCONFIRMED" });
    expect(await codeOf(placeOrder(nordic.ctx, { idempotencyKey: freshKey(), listingId: trade.listingId, quantity: 40, paymentTerms: "escrow" }))).toEqual({ code: "FORBIDDEN", key: "EMAIL_UNCONFIRMED" });
    expect(await codeOf(createSourcingRequest(nordic.ctx, COCONUTS))).toEqual({ code: "FORBIDDEN", key: "EMAIL_UNCONFIRMED" });
    const request = await createSourcingRequest(trade.buyer.ctx, COCONUTS);
    expect(await codeOf(submitQuote(tropika.ctx, kelapaQuote(request.id)))).toEqual({ code: "FORBIDDEN", key: "EMAIL_UNCONFIRMED" });

    await confirmEmailOf(db(), "dewi@tropika.example");
    await expect(publishListing(tropika.ctx, draft.id)).resolves.toMatchObject({ status: "active" });
  });
});
