import { z } from "zod";
import { findCurrency } from "../../db/reference/index.js";
import type { ServiceContext } from "../context.js";
import { UserInputProblems, type FieldProblem } from "../errors.js";

export function today(ctx: ServiceContext): string {
  return ctx.now().toISOString().slice(0, 10);
}

/**
 * A day that exists on the calendar: 2026-02-29 and 2026-13-01 do not. Checked without building an
 * Invalid Date, whose toISOString() throws.
 */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const calendarDate = z.string({ required_error: "REQUIRED" }).trim().refine(isCalendarDate, "DATE_INVALID");

export function currencyProblem(field: string, code: string): FieldProblem | null {
  return findCurrency(code) ? null : { field, code: "CURRENCY_UNKNOWN" };
}

export function dateProblem(field: string, date: string | null | undefined): FieldProblem | null {
  return date == null || isCalendarDate(date) ? null : { field, code: "DATE_INVALID" };
}

export function throwProblems(problems: (FieldProblem | null)[]): void {
  const found = problems.filter((p): p is FieldProblem => p !== null);
  if (found.length) throw new UserInputProblems(found);
}
