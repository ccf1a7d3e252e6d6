import { z } from "zod";
import { findCountry, findCurrency } from "../../db/reference/index.js";
import { isLocale } from "../../locales/index.js";
import { UserInputProblems, type FieldProblem } from "../errors.js";
import { cleanText, emailProblem, textProblem } from "./text.js";

/**
 * Intl.supportedValuesOf lists only canonical zone names and leaves out aliases people use every day
 * (Asia/Kolkata, Europe/Kyiv, Asia/Kathmandu), so a zone is valid when Intl can format in it.
 */
function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}

/** Messages of the zod schemas below are error codes; anything zod says on its own becomes INVALID. */
function issueCode(issue: z.ZodIssue): FieldProblem {
  const field = issue.path.length ? issue.path.join(".") : null;
  if (/^[A-Z][A-Z0-9_]+$/.test(issue.message)) return { field, code: issue.message, params: paramsOf(issue) };
  if (issue.code === "invalid_type" && issue.received === "undefined") return { field, code: "REQUIRED" };
  return { field, code: "INVALID" };
}

function paramsOf(issue: z.ZodIssue): Record<string, number> | undefined {
  if (issue.code === "too_small" || issue.code === "too_big") {
    const limit = Number(issue.code === "too_small" ? issue.minimum : issue.maximum);
    return { limit };
  }
  return undefined;
}

/**
 * Parses input or throws every problem at once, so a form can mark all its wrong fields in one round.
 * `alsoWrong` carries problems found by checks that live outside the schema (a password's strength).
 */
export function validate<T extends z.ZodTypeAny>(schema: T, input: unknown, alsoWrong: FieldProblem[] = []): z.output<T> {
  const result = schema.safeParse(input);
  const problems = [...(result.success ? [] : result.error.issues.map(issueCode)), ...alsoWrong];
  if (problems.length || !result.success) throw new UserInputProblems(problems);
  return result.data;
}

/** Refuses NUL, control characters and unpaired bidi controls (graph/shared/text.ts). */
const userText = (schema: z.ZodString) =>
  schema.superRefine((value, ctx) => {
    const code = textProblem(value);
    if (code) ctx.addIssue({ code: z.ZodIssueCode.custom, message: code });
  });

export const requiredText = (max: number) =>
  userText(z.string({ required_error: "REQUIRED" }).trim().min(1, "REQUIRED").max(max, "TOO_LONG")).transform((v) => cleanText(v, { multiline: true }));

/** A person's or company's name, a title: one line (line breaks become spaces), no control characters, bidi controls paired. */
export const nameText = (max: number) =>
  userText(z.string({ required_error: "REQUIRED" }).trim().min(1, "REQUIRED").max(max, "TOO_LONG")).transform((v) => cleanText(v));

/** An optional text field: blank means "not given" and is stored as null. */
export const optionalText = (max: number) =>
  userText(z.string().trim().max(max, "TOO_LONG"))
    .nullish()
    .transform((v) => (v ? cleanText(v, { multiline: true }) : null));

/**
 * NFKC first (fullwidth ａdmin@ is admin@), then refused when it holds invisible characters or mixes
 * scripts within a part (аdmin@ with a Cyrillic а). The address is kept as typed, case and all.
 */
export const emailAddress = z
  .string({ required_error: "REQUIRED" })
  .transform((v) => v.normalize("NFKC").trim())
  .pipe(
    z
      .string()
      .max(254, "TOO_LONG")
      .superRefine((value, ctx) => {
        const code = emailProblem(value);
        if (code) ctx.addIssue({ code: z.ZodIssueCode.custom, message: code, fatal: true });
      })
      .pipe(z.string().regex(/^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/, "EMAIL_INVALID")),
  );

export const countryCode = z
  .string({ required_error: "REQUIRED" })
  .trim()
  .toUpperCase()
  .refine((code) => !!findCountry(code), "COUNTRY_UNKNOWN");

export const currencyCode = z
  .string({ required_error: "REQUIRED" })
  .trim()
  .toUpperCase()
  .refine((code) => !!findCurrency(code), "CURRENCY_UNKNOWN");

export const timeZone = z.string().trim().refine(isTimeZone, "TIME_ZONE_UNKNOWN");

export const localeCode = z.string().trim().toLowerCase().refine(isLocale, "LOCALE_UNKNOWN");

/** An ISO calendar date that exists (2026-02-30 does not). */
export const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "DATE_INVALID")
  .refine((value) => {
    const time = Date.parse(`${value}T00:00:00Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
  }, "DATE_INVALID");
