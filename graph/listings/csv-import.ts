import { newTimeOrderedId, nowIso } from "../../db/ids.js";
import { withTransaction, type ServiceContext } from "../context.js";
import { UserInputProblems } from "../errors.js";
import { actorUserId, hasConfirmedEmail } from "../identity/guards.js";
import type { Organisation } from "../identity/service.js";
import { columnOfField, csvRecords, CsvFileRefused, decodedSource, parseRow, scanCsv, type CsvHeader, type CsvRecord, type CsvRowProblem, type CsvSource } from "./csv.js";
import { canTransition, isEditable, type ListingStatus } from "./lifecycle.js";
import { checkListing, type Checked } from "./listing-checks.js";
import type { ListingData } from "./listing-rules.js";
import { chunks, storedState, writeListings, type ListingWrite, type StoredState } from "./listing-writes.js";
import { UsdPricer } from "./pricing.js";
import { ReferenceLookup } from "./references.js";
import { actingOrganisation, defaultLocaleOf, isVerified, requireExporter, sellerOf, type ActingOptions } from "./sellers.js";

export interface ImportProgress {
  rowsDone: number;
  /** Data rows in the file, known after the first pass. */
  rowsTotal: number | null;
}

export interface ListingImportError {
  /** As a spreadsheet numbers it: the header is row 1. */
  row: number;
  /** The CSV column, when the problem is in one. */
  column: string | null;
  code: string;
  /** In the viewer's language. */
  message: string;
}

export interface ListingImportResult {
  rowsRead: number;
  created: number;
  updated: number;
  failed: number;
  /** Row by row, in file order, up to `maxErrors`. */
  errors: ListingImportError[];
  /** Problems beyond `maxErrors`, counted but not listed. */
  errorsOmitted: number;
}

export interface ImportOptions extends ActingOptions {
  /** Rows saved per transaction. */
  batchSize?: number;
  maxErrors?: number;
}

export const IMPORT_BATCH_SIZE = 1000;
export const IMPORT_MAX_ERRORS = 1000;

interface ImportState {
  ctx: ServiceContext;
  org: Organisation;
  header: CsvHeader;
  lookup: ReferenceLookup;
  pricer: UsdPricer;
  /** external_ref → the row that first used it. */
  refs: Map<string, number>;
  /** Rows marked "active" publish only when the importer's email address is confirmed. */
  mayPublish: boolean;
  result: ListingImportResult;
  maxErrors: number;
}

function report(state: ImportState, row: number, problems: readonly CsvRowProblem[]): void {
  state.result.failed++;
  for (const p of problems) {
    if (state.result.errors.length >= state.maxErrors) {
      state.result.errorsOmitted++;
      continue;
    }
    state.result.errors.push({ row, column: p.column, code: p.code, message: state.ctx.t(`errors:${p.code}`, { ...p.params, defaultValue: state.ctx.t("errors:INVALID") }) });
  }
}

interface ReadyRow {
  record: CsvRecord;
  wantsActive: boolean;
  checked: Checked & { data: ListingData & { externalRef: string } };
}

/** Checks a row completely before any write, so a bad row never touches the database. */
async function checkRow(state: ImportState, record: CsvRecord): Promise<ReadyRow | null> {
  const parsed = parseRow(state.header, record.cells, defaultLocaleOf(state.org));
  const problems = [...parsed.problems];
  const ref = parsed.fields.externalRef?.trim() ?? "";
  const firstRow = state.refs.get(ref);
  if (ref && firstRow !== undefined) problems.push({ column: "external_ref", code: "CSV_EXTERNAL_REF_REPEATED", params: { row: firstRow } });
  else if (ref) state.refs.set(ref, record.row);

  const checked = await checkListing(state.lookup, state.pricer, parsed.fields);
  const badColumns = new Set(problems.map((p) => p.column));
  if (Array.isArray(checked)) {
    for (const p of checked) {
      const column = columnOfField(p.field);
      if (!badColumns.has(column)) problems.push({ column, code: p.code, params: p.params });
    }
  }
  const wantsActive = parsed.status === "active";
  if (wantsActive && !isVerified(state.org)) problems.push({ column: "status", code: "SELLER_NOT_VERIFIED" });
  if (wantsActive && !state.mayPublish) problems.push({ column: "status", code: "EMAIL_UNCONFIRMED" });
  if (wantsActive && !Array.isArray(checked) && checked.priceFromUsdCents === null) {
    problems.push({ column: "currency", code: "FX_RATE_MISSING", params: state.pricer.missingRate(checked.data.currency) });
  }
  if (problems.length || Array.isArray(checked)) {
    report(state, record.row, problems);
    return null;
  }
  return { record, wantsActive, checked: checked as ReadyRow["checked"] };
}

/** One transaction per batch: each valid row is saved whole, and a batch is one commit instead of a thousand. */
async function saveBatch(state: ImportState, ready: readonly ReadyRow[]): Promise<void> {
  if (!ready.length) return;
  const { ctx, org } = state;
  await withTransaction(ctx, async (tx) => {
    const existing = new Map<string, StoredState & { id: string }>();
    for (const part of chunks(ready.map((r) => r.checked.data.externalRef), 500)) {
      const rows = await tx.db
        .selectFrom("listings")
        .select(["id", "external_ref", "status", "search_key", "published_at", "updated_at"])
        .where("organisation_id", "=", org.id)
        .where("external_ref", "in", part)
        .execute();
      for (const r of rows) {
        existing.set(r.external_ref!, {
          id: r.id,
          ...storedState({ status: r.status as ListingStatus, searchKey: Number(r.search_key), publishedAt: r.published_at, updatedAt: r.updated_at }),
        });
      }
    }
    const writes: ListingWrite[] = [];
    let created = 0;
    for (const row of ready) {
      const before = existing.get(row.checked.data.externalRef);
      if (before && !isEditable(before.status)) {
        report(state, row.record.row, [{ column: "external_ref", code: "LISTING_ARCHIVED" }]);
        continue;
      }
      // "draft" in the file leaves a listing the seller already published as it is; "active" publishes it.
      const status: ListingStatus = row.wantsActive ? "active" : (before?.status ?? "draft");
      if (before && status !== before.status && !canTransition(before.status, status)) {
        report(state, row.record.row, [{ column: "status", code: "LISTING_TRANSITION_NOT_ALLOWED", params: { from: before.status, to: status } }]);
        continue;
      }
      if (!before) created++;
      writes.push({
        id: before?.id ?? newTimeOrderedId("lst", ctx.now()),
        existing: before ? storedState(before) : null,
        organisationId: org.id,
        data: row.checked.data,
        status,
        priceFromUsdCents: row.checked.priceFromUsdCents,
        sellerVerified: isVerified(org),
        keepTranslations: true,
      });
    }
    await writeListings(tx.db, ctx.dialect, writes, actorUserId(ctx.viewer), nowIso(ctx.now()));
    state.result.created += created;
    state.result.updated += writes.length - created;
  });
}

/**
 * Imports listings from CSV (columns in csv.ts): valid rows are created or, by external_ref,
 * updated; each bad row is reported with its row number, column and reason and nothing of it is
 * saved. A file with wrong columns, in neither UTF-8 nor Windows-1252, or not parseable as CSV is
 * refused whole before any row is saved. The file is read twice as a stream (check, then import),
 * so memory stays flat whatever its size; `onProgress` hears after each batch.
 */
export async function importListingsCsv(
  ctx: ServiceContext,
  source: CsvSource,
  onProgress?: (progress: ImportProgress) => void,
  options: ImportOptions = {},
): Promise<ListingImportResult> {
  const organisationId = actingOrganisation(ctx.viewer, options.organisationId);
  const org = await sellerOf(ctx, organisationId);
  requireExporter(org);
  const input = decodedSource(source);
  const refused = (error: unknown): never => {
    if (error instanceof CsvFileRefused) throw new UserInputProblems([error.problem]);
    throw error;
  };
  const scan = await scanCsv(input).catch(refused);
  const state: ImportState = {
    ctx,
    org,
    header: scan.header,
    lookup: new ReferenceLookup(ctx),
    pricer: new UsdPricer(ctx),
    refs: new Map(),
    mayPublish: await hasConfirmedEmail(ctx),
    result: { rowsRead: 0, created: 0, updated: 0, failed: 0, errors: [], errorsOmitted: 0 },
    maxErrors: options.maxErrors ?? IMPORT_MAX_ERRORS,
  };
  const batchSize = options.batchSize ?? IMPORT_BATCH_SIZE;
  onProgress?.({ rowsDone: 0, rowsTotal: scan.rows });

  let batch: ReadyRow[] = [];
  let inBatch = 0;
  const flush = async () => {
    await saveBatch(state, batch);
    batch = [];
    inBatch = 0;
    onProgress?.({ rowsDone: state.result.rowsRead, rowsTotal: scan.rows });
  };
  let header = true;
  try {
    for await (const record of csvRecords(input, scan.encoding)) {
      if (header) {
        header = false;
        continue;
      }
      state.result.rowsRead++;
      inBatch++;
      const ready = await checkRow(state, record);
      if (ready) batch.push(ready);
      if (inBatch >= batchSize) await flush();
    }
  } catch (error) {
    refused(error);
  }
  await flush();
  state.result.errors.sort((a, b) => a.row - b.row);
  return state.result;
}
