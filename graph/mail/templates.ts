import { directionOf, translatorFor } from "../../locales/index.js";

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** What the identity module mails: a link that proves the reader owns the address. */
export const MAIL_TEMPLATES = ["confirm-email", "reset-password"] as const;
export type MailTemplate = (typeof MAIL_TEMPLATES)[number];

/** Minutes a password reset link stays good; the mail says so. */
export const RESET_LINK_MINUTES = 30;

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]!);

function compose(locale: string, subject: string, intro: string[], link: { href: string; label: string }, outro: string[] = []): RenderedMail {
  const t = translatorFor(locale);
  const signature = t("common:security.mail.signature");
  const text = [...intro, link.href, ...outro, signature].join("\n\n");
  const dir = directionOf(locale);
  // The link is a left-to-right island in a right-to-left message.
  const html = [
    `<!doctype html><html lang="${escapeHtml(locale)}" dir="${dir}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body>`,
    ...intro.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p><a href="${escapeHtml(link.href)}" dir="ltr">${escapeHtml(link.label)}</a></p>`,
    `<p dir="ltr"><bdi>${escapeHtml(link.href)}</bdi></p>`,
    ...outro.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p>${escapeHtml(signature)}</p>`,
    "</body></html>",
  ].join("\n");
  return { subject, text, html };
}

const str = (value: unknown) => (typeof value === "string" ? value : "");

/**
 * A message in the recipient's language. The two identity templates carry a secret link; any other
 * kind is an inbox notification (graph/inbox), whose `subject` was already written in the
 * recipient's language when it was queued, and whose mail points to the inbox.
 */
export function renderMail(template: string, locale: string, data: Record<string, unknown>, publicUrl: string): RenderedMail {
  const t = translatorFor(locale);
  const base = publicUrl.replace(/\/+$/, "");
  const hello = t("common:security.mail.greeting", { name: str(data.displayName) });
  if (template === "confirm-email") {
    return compose(locale, t("common:security.mail.confirmEmail.subject"), [hello, t("common:security.mail.confirmEmail.body", { email: str(data.email) })],
      { href: `${base}/confirm-email/${encodeURIComponent(str(data.token))}`, label: t("common:security.mail.confirmEmail.button") },
      [t("common:security.mail.confirmEmail.ignore")],
    );
  }
  if (template === "reset-password") {
    return compose(locale, t("common:security.mail.resetPassword.subject"), [hello, t("common:security.mail.resetPassword.body", { minutes: RESET_LINK_MINUTES })],
      { href: `${base}/reset-password/${encodeURIComponent(str(data.token))}`, label: t("common:security.mail.resetPassword.button") },
      [t("common:security.mail.resetPassword.ignore")],
    );
  }
  const subject = str(data.subject) || t("common:security.mail.notification.subject");
  return compose(locale, subject, [subject, t("common:security.mail.notification.body")], { href: `${base}/inbox`, label: t("common:security.mail.notification.button") });
}
