import { z } from "zod";
import { newId, nowIso } from "../../db/ids.js";
import { findCountry } from "../../db/reference/index.js";
import type { DeniedPartiesTable } from "../../db/types.js";
import { withTransaction, type ServiceContext } from "../context.js";
import { UserInputProblems, type FieldProblem } from "../errors.js";
import { requirePlatformAdmin } from "../identity/guards.js";
import { isoDate, validate } from "../shared/validation.js";
import { readCsv } from "./common.js";
import { DEMO_DENIED_PARTIES, DEMO_LIST_SOURCE } from "./data/denied-parties.js";
import { deniedPartyRows, deniedPartySources, replaceDeniedParties } from "./repository.js";
import { nameKey, screeningScore } from "./screening.js";

export interface ScreeningHit {
  partyRole: string;
  partyName: string;
  listedName: string;
  listSource: string;
  score: number;
}

export interface DeniedPartyList {
  source: string;
  entries: number;
  importedAt: string | null;
  /** The built-in demo list, which applies only while no list has been imported. */
  demo: boolean;
}

interface ListedKey {
  name: string;
  key: string;
  country: string | null;
  source: string;
}

let demoKeys: ListedKey[] | null = null;

function demoList(): ListedKey[] {
  demoKeys ??= DEMO_DENIED_PARTIES.flatMap((p) => p.names.map((name) => ({ name, key: nameKey(name), country: p.country, source: DEMO_LIST_SOURCE })));
  return demoKeys;
}

export async function listedKeys(ctx: ServiceContext): Promise<ListedKey[]> {
  const rows = await deniedPartyRows(ctx.db);
  if (!rows.length) return demoList();
  return rows.map((r) => ({ name: r.name, key: r.name_key, country: r.country, source: r.list_source }));
}

/** Each party against every listed name: the best hit per party and listed name, best first. */
export async function screenParties(ctx: ServiceContext, parties: readonly { role: string; name: string; country: string | null }[]): Promise<ScreeningHit[]> {
  if (!parties.length) return [];
  const listed = await listedKeys(ctx);
  const hits: ScreeningHit[] = [];
  for (const party of parties) {
    const key = nameKey(party.name);
    const country = party.country?.toUpperCase() ?? null;
    for (const entry of listed) {
      const score = screeningScore({ key, country }, entry);
      if (score !== null) hits.push({ partyRole: party.role, partyName: party.name, listedName: entry.name, listSource: entry.source, score });
    }
  }
  return hits.sort((a, b) => b.score - a.score || a.partyRole.localeCompare(b.partyRole) || a.listedName.localeCompare(b.listedName));
}

/** Platform admins: which lists are loaded. */
export async function deniedPartyLists(ctx: ServiceContext): Promise<DeniedPartyList[]> {
  requirePlatformAdmin(ctx.viewer);
  const sources = await deniedPartySources(ctx.db);
  if (sources.length) return sources.map((s) => ({ ...s, demo: false }));
  return [{ source: DEMO_LIST_SOURCE, entries: demoList().length, importedAt: null, demo: true }];
}

export const DENIED_PARTY_COLUMNS = ["name", "country", "programme", "listed_on", "aliases"] as const;

export interface DeniedPartyImportResult {
  source: string;
  read: number;
  /** Names stored, aliases included. */
  names: number;
}

const listSource = z
  .string({ required_error: "REQUIRED" })
  .trim()
  .toUpperCase()
  .refine((v) => /^[A-Z0-9][A-Z0-9_-]{1,39}$/.test(v) && v !== DEMO_LIST_SOURCE, "DENIED_PARTY_SOURCE_INVALID");

/**
 * Platform admins replace one list (`source`: OFAC-SDN, EU-CFSP, UN-SC...) from a CSV
 * (`name,country,programme,listed_on,aliases` with aliases separated by ";"). All or nothing.
 */
export async function importDeniedParties(ctx: ServiceContext, input: { source: string; csv: string }): Promise<DeniedPartyImportResult> {
  if (ctx.viewer.kind !== "system") requirePlatformAdmin(ctx.viewer);
  const source = validate(z.object({ source: listSource }), { source: input.source }).source;
  const records = readCsv(input.csv, DENIED_PARTY_COLUMNS, "DENIED_PARTY_IMPORT_COLUMNS");
  const problems: FieldProblem[] = [];
  const importedAt = nowIso(ctx.now());
  const rows: DeniedPartiesTable[] = [];
  for (const { line, value } of records) {
    const country = value.country.trim().toUpperCase() || null;
    const listedOn = value.listed_on.trim() || null;
    const names = [value.name, ...value.aliases.split(";")].map((n) => n.trim()).filter(Boolean);
    const wrong = [
      !value.name.trim() && "DENIED_PARTY_NAME_REQUIRED",
      country && !findCountry(country) && "COUNTRY_UNKNOWN",
      listedOn && !isoDate.safeParse(listedOn).success && "DATE_INVALID",
      names.some((n) => !nameKey(n)) && "DENIED_PARTY_NAME_REQUIRED",
    ].filter((c): c is string => !!c);
    for (const code of wrong) problems.push({ field: "csv", code, params: { line } });
    if (wrong.length) continue;
    for (const name of names) {
      rows.push({ id: newId("dpl"), list_source: source, name, name_key: nameKey(name), country, programme: value.programme.trim() || null, listed_on: listedOn, imported_at: importedAt });
    }
  }
  if (problems.length) throw new UserInputProblems(problems.map((p) => ({ ...p, params: { ...p.params, line: p.params?.line ?? 1 } })));
  await withTransaction(ctx, (tx) => replaceDeniedParties(tx.db, source, rows));
  return { source, read: records.length, names: rows.length };
}
