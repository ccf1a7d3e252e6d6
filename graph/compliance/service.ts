import { CsvError, parse } from "csv-parse/sync";
import { z } from "zod";
import { newId, nowIso } from "../../db/ids.js";
import { isDestinationGroup } from "../../db/reference/embargoes.js";
import { findCountry, findIncoterm, type IncotermCode } from "../../db/reference/index.js";
import { customsTerritoryOf } from "../../db/reference/tariffs.js";
import type { DeniedPartiesTable, EmbargoesTable, ScreeningHitsTable, ScreeningReviewsTable, TariffRatesTable } from "../../db/types.js";
import { publish, withTransaction, type ServiceContext } from "../context.js";
import { conflict, DomainError, notFound, problem, UserInputProblems, type FieldProblem } from "../errors.js";
import { convertMoney, type Conversion } from "../fx/service.js";
import { actorUserId, requirePlatformAdmin } from "../identity/guards.js";
import { tierPrice } from "../listings/pricing.js";
import { getOrganisation } from "../identity/service.js";
import { getListing, listingsByIds } from "../listings/service.js";
import { compareQuotes, type Quote } from "../sourcing/service.js";
import type { Money } from "../shared/money.js";
import { countryCode, currencyCode, isoDate, requiredText, validate } from "../shared/validation.js";
import { agreementsBetween } from "./data/agreements.js";
import { DEMO_DENIED_PARTIES, DEMO_LIST_SOURCE } from "./data/denied-parties.js";
import { licenceRulesFor } from "./data/licences.js";
import { DE_MINIMIS } from "./data/de-minimis.js";
import { COUNTRY_TAXES, type ValuationBasis } from "./data/taxes.js";
import { findEmbargo, type Embargo } from "./embargoes.js";
import { SCREENING_DECIDED } from "./events.js";
import {
  applyRate,
  customsValue,
  deMinimisOn,
  dutyRate,
  hsPrefixesOf,
  importTaxes,
  incotermAllocation,
  mostSpecific,
  relieved,
  taxesOn,
  type Payer,
  type Relief,
} from "./landed-cost.js";
import {
  decideScreeningReviewRow,
  deniedPartyRows,
  deniedPartySources,
  embargoRow,
  embargoRows,
  embargoRowsNotOverOn,
  endEmbargoRow,
  existingTariffKeys,
  insertEmbargo,
  insertScreeningReview,
  replaceDeniedParties,
  screeningEventRows,
  screeningHitRows,
  screeningReviewRow,
  screeningReviewRows,
  tariffRows,
  upsertTariffRows,
} from "./repository.js";
import { nameKey, screeningScore } from "./screening.js";

/** "080119" → "0801.19", as HS codes are written. */
const formatHs = (code: string) => (code.length >= 6 ? `${code.slice(0, 4)}.${code.slice(4, 6)}${code.length > 6 ? `.${code.slice(6)}` : ""}` : code);

export { findEmbargo, type Embargo } from "./embargoes.js";
export type { ScreeningDecided } from "./events.js";

export interface EmbargoRecord extends Embargo {
  createdByUserId: string | null;
  createdAt: string;
  endedByUserId: string | null;
}

const today = (ctx: ServiceContext) => ctx.now().toISOString().slice(0, 10);

function toEmbargo(row: EmbargoesTable): EmbargoRecord {
  return {
    id: row.id,
    origin: row.origin_country,
    destination: row.destination_country,
    hsPrefix: row.hs_prefix,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    legalBasis: row.legal_basis,
    createdByUserId: row.created_by_user_id,
    createdAt: row.created_at,
    endedByUserId: row.ended_by_user_id,
  };
}

// ---------------------------------------------------------------------------- embargoes (reference data)

/** Embargoes not over by today, for callers that test many lanes against them (matching), with findEmbargo. */
export async function embargoesNotOver(ctx: ServiceContext): Promise<Embargo[]> {
  return (await embargoRowsNotOverOn(ctx.db, today(ctx))).map(toEmbargo);
}

/** Embargoes in force on a day (today by default), or all of them with `all`. Reference data: anyone may read it. */
export async function listEmbargoes(ctx: ServiceContext, args: { on?: string | null; all?: boolean | null }): Promise<EmbargoRecord[]> {
  const on = args.on ? validate(isoDate, args.on) : today(ctx);
  return (await embargoRows(ctx.db, args.all ? null : on)).map(toEmbargo);
}

const embargoSchema = z
  .object({
    origin: countryCode,
    destination: z
      .string({ required_error: "REQUIRED" })
      .trim()
      .toUpperCase()
      .refine((code) => !!findCountry(code) || isDestinationGroup(code), "EMBARGO_DESTINATION_UNKNOWN"),
    hsPrefix: z
      .string()
      .trim()
      .transform((v) => v.replace(/[. ]/g, ""))
      .refine((v) => v === "" || /^(\d{2}){1,3}$/.test(v), "EMBARGO_HS_PREFIX_INVALID")
      .nullish()
      .transform((v) => v || null),
    validFrom: isoDate,
    validTo: isoDate.nullish().transform((v) => v ?? null),
    legalBasis: requiredText(2000),
  })
  .refine((e) => !e.validTo || e.validTo >= e.validFrom, { message: "EMBARGO_DATES_ORDER", path: ["validTo"] });

export type AddEmbargoInput = z.input<typeof embargoSchema>;

/** Platform admins only: records a ban on a lane (an origin, a country or group of destination, optionally an HS prefix). */
export async function addEmbargo(ctx: ServiceContext, input: AddEmbargoInput): Promise<EmbargoRecord> {
  requirePlatformAdmin(ctx.viewer);
  const data = validate(embargoSchema, input);
  const row: EmbargoesTable = {
    id: newId("emb"),
    origin_country: data.origin,
    destination_country: data.destination,
    hs_prefix: data.hsPrefix,
    valid_from: data.validFrom,
    valid_to: data.validTo,
    legal_basis: data.legalBasis,
    created_by_user_id: actorUserId(ctx.viewer),
    created_at: nowIso(ctx.now()),
    ended_by_user_id: null,
  };
  await insertEmbargo(ctx.db, row);
  return toEmbargo(row);
}

/**
 * Platform admins only: an embargo is lifted by giving its last day in force (today by default),
 * never by deleting it, so a past match or refusal can still be explained.
 */
export async function endEmbargo(ctx: ServiceContext, id: string, lastDay?: string | null): Promise<EmbargoRecord> {
  requirePlatformAdmin(ctx.viewer);
  const validTo = lastDay ? validate(isoDate.transform((v) => v), lastDay) : today(ctx);
  return withTransaction(ctx, async (tx) => {
    const row = await embargoRow(tx.db, id);
    if (!row) throw notFound("EMBARGO_NOT_FOUND");
    if (row.valid_to && row.valid_to < today(ctx)) throw conflict("EMBARGO_ALREADY_ENDED");
    if (validTo < row.valid_from) throw conflict("EMBARGO_DATES_ORDER");
    const ended = { ...row, valid_to: validTo, ended_by_user_id: actorUserId(ctx.viewer) };
    await endEmbargoRow(tx.db, id, validTo, ended.ended_by_user_id);
    return toEmbargo(ended);
  });
}

// ---------------------------------------------------------------------------- tariffs

export interface TariffRate {
  territory: string;
  hsPrefix: string;
  rateBp: number;
  source: string;
  asOf: string;
  indicative: boolean;
}

function toTariffRate(row: TariffRatesTable): TariffRate {
  return { territory: row.territory, hsPrefix: row.hs_prefix, rateBp: row.rate_bp, source: row.source, asOf: row.as_of, indicative: row.indicative === 1 };
}

const hsDigits = (code: string) => code.replace(/[.\s]/g, "");

/** The MFN rate for a code in a destination: the most specific prefix the tariff names. Null when the chapter is unknown there. */
export async function tariffRateFor(ctx: ServiceContext, destinationCountry: string, hsCode: string): Promise<TariffRate | null> {
  const code = hsDigits(hsCode);
  const rows = await tariffRows(ctx.db, customsTerritoryOf(destinationCountry), hsPrefixesOf(code));
  const best = mostSpecific(rows.map(toTariffRate), code);
  // A bare "" row would price a code of a chapter nobody knows: a known chapter is required.
  return best && best.hsPrefix.length >= 2 ? best : null;
}

export const TARIFF_IMPORT_COLUMNS = ["territory", "hs_code", "rate_percent", "source", "as_of"] as const;

export interface TariffImportResult {
  read: number;
  created: number;
  updated: number;
}

/**
 * Loads a full schedule, by heading or subheading (`territory,hs_code,rate_percent,source,as_of`):
 * platform admins and the CLI only. All or nothing: every bad row is reported and nothing is written.
 * An EU member's code (PL) is filed under the EU's one tariff.
 */
export async function importTariffs(ctx: ServiceContext, csvText: string): Promise<TariffImportResult> {
  if (ctx.viewer.kind !== "system") requirePlatformAdmin(ctx.viewer);
  const records = readCsv(csvText, TARIFF_IMPORT_COLUMNS, "TARIFF_IMPORT_COLUMNS");
  const problems: FieldProblem[] = [];
  const rows = new Map<string, TariffRatesTable>();
  const updatedAt = nowIso(ctx.now());
  for (const { line, value } of records) {
    const territoryCode = value.territory.trim().toUpperCase();
    const known = territoryCode === "EU" || !!findCountry(territoryCode);
    const code = hsDigits(value.hs_code);
    const rate = /^\d{1,3}(\.\d{1,2})?$/.test(value.rate_percent.trim().replace(/%$/, "")) ? Math.round(Number(value.rate_percent.trim().replace(/%$/, "")) * 100) : null;
    const asOf = isoDate.safeParse(value.as_of.trim());
    const wrong = [
      !known && "TARIFF_IMPORT_TERRITORY",
      !/^\d{2}(\d{2}){0,4}$/.test(code) && "TARIFF_IMPORT_HS_CODE",
      (rate === null || rate > 100_000) && "TARIFF_IMPORT_RATE",
      !value.source.trim() && "TARIFF_IMPORT_SOURCE",
      !asOf.success && "TARIFF_IMPORT_AS_OF",
    ].filter((c): c is string => !!c);
    for (const c of wrong) problems.push({ field: "csv", code: c, params: { line } });
    if (wrong.length) continue;
    const territory = customsTerritoryOf(territoryCode);
    rows.set(`${territory}|${code}`, {
      territory,
      hs_prefix: code,
      rate_bp: rate!,
      source: value.source.trim(),
      as_of: asOf.data!,
      indicative: 0,
      updated_at: updatedAt,
    });
  }
  if (problems.length) throw new UserInputProblems(problems);
  return withTransaction(ctx, async (tx) => {
    const trx = tx.db;
    let updated = 0;
    const byTerritory = new Map<string, TariffRatesTable[]>();
    for (const row of rows.values()) byTerritory.set(row.territory, [...(byTerritory.get(row.territory) ?? []), row]);
    for (const [territory, list] of byTerritory) {
      for (let i = 0; i < list.length; i += 500) {
        const existing = await existingTariffKeys(trx, territory, list.slice(i, i + 500).map((r) => r.hs_prefix));
        updated += existing.size;
      }
    }
    await upsertTariffRows(trx, [...rows.values()]);
    return { read: records.length, created: rows.size - updated, updated };
  });
}

function readCsv<C extends string>(csvText: string, columns: readonly C[], columnsCode: string): { line: number; value: Record<C, string> }[] {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(csvText, { bom: true, skip_empty_lines: true, relax_column_count: true, info: true });
  } catch (error) {
    if (error instanceof CsvError) throw problem("csv", "FX_IMPORT_MALFORMED", { line: Number(error.lines) || 1 });
    throw error;
  }
  const header = records.shift()?.record.map((h) => h.trim().toLowerCase()) ?? [];
  const required = columns.filter((c) => !c.endsWith("?"));
  if (required.some((c) => !header.includes(c))) throw problem("csv", columnsCode, { columns: columns.join(",") });
  return records.map(({ record, info }) => ({
    line: info.lines,
    value: Object.fromEntries(columns.map((c) => [c, header.includes(c) ? (record[header.indexOf(c)] ?? "") : ""])) as Record<C, string>,
  }));
}

// ---------------------------------------------------------------------------- landed cost

export type LandedCostKind = "GOODS" | "FREIGHT" | "INSURANCE" | "DUTY" | "TAX";

export interface LandedCostItem {
  kind: LandedCostKind;
  /** goods, freight, insurance, duty, or the tax's key (vat, salesTax, pisCofins, icms, ...). */
  key: string;
  /** In the viewer's language: "Import VAT 5 % on 0801.19". */
  label: string;
  hsCode: string | null;
  /** In the buyer's currency. */
  amount: Money;
  paidBy: Payer;
  /** True when the seller pays it inside the price (freight under CIF, duty under DDP): not added to the total. */
  includedInPrice: boolean;
  rateBp: number | null;
  base: Money | null;
  /** Waived under the destination's de minimis. */
  relieved: boolean;
  /** The trade agreement whose preferential rate applies. */
  agreement: string | null;
  source: string;
  asOf: string;
  indicative: boolean;
  /** The amount as entered, and the rate that converted it, when it was in another currency. */
  converted: Conversion | null;
}

export interface LandedCostNote {
  code: string;
  message: string;
}

export interface LandedCost {
  destinationCountry: string;
  incoterm: IncotermCode;
  currency: string;
  /** The day the rates apply to (YYYY-MM-DD). */
  on: string;
  valuation: ValuationBasis;
  valuationBasis: string;
  customsValue: Money;
  items: LandedCostItem[];
  /** What the buyer pays to have the goods at its door: price, the costs its Incoterm leaves it, duty and taxes. */
  total: Money;
  deMinimis: { dutyUpTo: Money | null; taxUpTo: Money | null; on: "VALUE" | "TAX_AMOUNT"; basis: string } | null;
  notes: LandedCostNote[];
  /** False when a cost the buyer pays is not known (freight under FOB with no quote): the total is then a floor. */
  complete: boolean;
}

export interface LandedCostLineInput {
  hsCode: string;
  originCountry: string;
  /** The price of the line at the Incoterm's point (unit price × quantity). */
  value: Money;
}

export interface LandedCostInput {
  lines: readonly LandedCostLineInput[];
  incoterm: string;
  destinationCountry: string;
  /** The buyer's currency; the first line's currency by default. */
  currency?: string | null;
  /** Main carriage the buyer pays on top of the price (E and F rules). */
  freight?: Money | null;
  insurance?: Money | null;
  /** Freight and insurance included in a C or D price, which FOB countries take out of the customs value. */
  freightInPrice?: Money | null;
  /** A certificate of origin or statement on origin will be presented: preferential rates apply. */
  proofOfOrigin?: boolean | null;
  /** YYYY-MM-DD; today by default. */
  on?: string | null;
}

const landedCostSchema = z.object({
  lines: z
    .array(
      z.object({
        hsCode: z
          .string({ required_error: "REQUIRED" })
          .transform(hsDigits)
          .refine((v) => /^\d{2}(\d{2}){0,4}$/.test(v), "HS_CODE_FORMAT"),
        originCountry: countryCode,
        value: z.object({ amountMinor: z.number().int().min(0, "MONEY_NEGATIVE"), currency: currencyCode }),
      }),
    )
    .min(1, "LANDED_COST_NO_LINES"),
  incoterm: z
    .string({ required_error: "REQUIRED" })
    .trim()
    .toUpperCase()
    .refine((v) => !!findIncoterm(v), "INCOTERM_UNKNOWN")
    .transform((v) => v as IncotermCode),
  destinationCountry: countryCode.refine((c) => !findCountry(c) || !!COUNTRY_TAXES[c], "LANDED_COST_DESTINATION_UNSUPPORTED"),
  currency: currencyCode.nullish(),
  freight: z.object({ amountMinor: z.number().int().min(0, "MONEY_NEGATIVE"), currency: currencyCode }).nullish(),
  insurance: z.object({ amountMinor: z.number().int().min(0, "MONEY_NEGATIVE"), currency: currencyCode }).nullish(),
  freightInPrice: z.object({ amountMinor: z.number().int().min(0, "MONEY_NEGATIVE"), currency: currencyCode }).nullish(),
  proofOfOrigin: z.boolean().nullish(),
  on: isoDate.nullish(),
});

const percent = (ctx: ServiceContext, rateBp: number) => new Intl.NumberFormat(ctx.locale, { style: "percent", maximumFractionDigits: 2 }).format(rateBp / 10_000);

/** Converts into the buyer's currency; a missing rate is the user's to fix (pick another currency), named on its field. */
async function toCurrency(ctx: ServiceContext, money: Money, currency: string, on: string, field: string): Promise<{ minor: number; converted: Conversion | null }> {
  if (money.currency === currency) return { minor: money.amountMinor, converted: null };
  try {
    const converted = await convertMoney(ctx, money, currency, on);
    return { minor: converted.to.amountMinor, converted };
  } catch (error) {
    if (error instanceof DomainError && error.messageKey === "FX_RATE_MISSING") throw problem(field, "FX_RATE_MISSING", error.params);
    throw error;
  }
}

function spread(totalMinor: number, weights: readonly number[]): number[] {
  // Freight is shared by value, the rounding remainder going to the largest line, so the shares add up.
  const sum = weights.reduce((a, b) => a + b, 0);
  if (!sum) return weights.map((_, i) => (i === 0 ? totalMinor : 0));
  const shares = weights.map((w) => Math.floor((totalMinor * w) / sum));
  const largest = weights.indexOf(Math.max(...weights));
  shares[largest]! += totalMinor - shares.reduce((a, b) => a + b, 0);
  return shares;
}

/**
 * What goods cost at the buyer's door: each line's price, the freight and insurance its Incoterm
 * leaves to the buyer, import duty by HS code and destination (MFN, or a preferential rate with a
 * proof of origin), import VAT/GST on its base, de minimis, all in the buyer's currency, each line
 * with its source and date. Reference data only: anyone may ask, and nothing is written.
 */
export async function landedCost(ctx: ServiceContext, input: LandedCostInput): Promise<LandedCost> {
  const data = validate(landedCostSchema, input);
  const on = data.on ?? today(ctx);
  const currency = data.currency ?? data.lines[0]!.value.currency;
  const destination = data.destinationCountry;
  const country = COUNTRY_TAXES[destination]!;
  const allocation = incotermAllocation(data.incoterm);
  const t = ctx.t;

  const [tariffs, goods, freight, insurance, freightInPrice] = await Promise.all([
    Promise.all(data.lines.map((l) => tariffRateFor(ctx, destination, l.hsCode))),
    Promise.all(data.lines.map((l, i) => toCurrency(ctx, l.value, currency, on, `lines.${i}.value.currency`))),
    data.freight ? toCurrency(ctx, data.freight, currency, on, "freight.currency") : null,
    data.insurance ? toCurrency(ctx, data.insurance, currency, on, "insurance.currency") : null,
    data.freightInPrice ? toCurrency(ctx, data.freightInPrice, currency, on, "freightInPrice.currency") : null,
  ]);
  const unknown = data.lines.map((l, i) => (tariffs[i] ? null : { field: `lines.${i}.hsCode`, code: "LANDED_COST_HS_UNKNOWN", params: { hs: l.hsCode, country: destination } }));
  throwProblems(unknown);

  const rule = deMinimisOn(DE_MINIMIS[destination], on);
  const threshold = async (minor: number | null) => (minor === null || !rule ? null : (await toCurrency(ctx, { amountMinor: minor, currency: rule.currency }, currency, on, "currency")).minor);
  const relief: Relief | null = rule ? { rule, dutyUpToMinor: await threshold(rule.dutyUpToMinor), taxUpToMinor: await threshold(rule.taxUpToMinor) } : null;

  const notes: LandedCostNote[] = [];
  const note = (code: string, params: Record<string, string> = {}) => notes.push({ code, message: t(`common:compliance.note.${code}`, params) });
  const items: LandedCostItem[] = [];
  const weights = goods.map((g) => g.minor);
  const freightShares = freight ? spread(freight.minor, weights) : null;
  const insuranceShares = insurance ? spread(insurance.minor, weights) : null;
  const inPriceShares = freightInPrice ? spread(freightInPrice.minor, weights) : null;

  // Per line first (duty and tax rates differ by HS code), against the consignment's value for de minimis.
  const values = data.lines.map((line, i) =>
    customsValue({
      incoterm: data.incoterm,
      valuation: country.valuation,
      goodsMinor: goods[i]!.minor,
      freightMinor: freightShares ? freightShares[i]! : null,
      insuranceMinor: insuranceShares ? insuranceShares[i]! : null,
      freightInPriceMinor: inPriceShares ? inPriceShares[i]! : null,
    }),
  );
  const consignmentValue = values.reduce((sum, v) => sum + v.valueMinor, 0);
  const taxes = taxesOn(country.taxes, on);
  const importPayer = allocation.importDutiesAndTaxes;
  const inPriceImport = importPayer === "SELLER";
  const money = (amountMinor: number): Money => ({ amountMinor, currency });

  for (const [i, line] of data.lines.entries()) {
    items.push({
      kind: "GOODS", key: "goods", label: t("common:compliance.item.goods", { hs: formatHs(line.hsCode) }), hsCode: line.hsCode, amount: money(goods[i]!.minor),
      paidBy: "BUYER", includedInPrice: false, rateBp: null, base: null, relieved: false, agreement: null,
      source: t("common:compliance.source.price", { incoterm: data.incoterm }), asOf: on, indicative: false, converted: goods[i]!.converted,
    });
  }
  if (allocation.mainCarriage === "BUYER") {
    if (freight) items.push(costItem(ctx, "FREIGHT", freight, money, on));
    else note("FREIGHT_UNKNOWN", { incoterm: data.incoterm });
    if (insurance) items.push(costItem(ctx, "INSURANCE", insurance, money, on));
  } else if (country.valuation === "FOB" && values.some((v) => v.missing.includes("FREIGHT_IN_PRICE"))) {
    note("FREIGHT_IN_PRICE_UNKNOWN", { incoterm: data.incoterm, country: destination });
  }
  if (allocation.mainCarriage === "BUYER" && allocation.insurance === "BUYER" && !insurance) note("INSURANCE_NOT_INCLUDED");

  const sameTerritory = data.lines.every((l) => customsTerritoryOf(l.originCountry) === customsTerritoryOf(destination));
  if (sameTerritory) {
    note("SAME_CUSTOMS_TERRITORY", { territory: customsTerritoryOf(destination) });
  } else {
    for (const [i, line] of data.lines.entries()) {
      const tariff = tariffs[i]!;
      const agreements = agreementsBetween(line.originCountry, destination, on);
      const rate = dutyRate(tariff.rateBp, line.hsCode, agreements, !!data.proofOfOrigin);
      const agreement = rate.agreement ? agreements.find((a) => a.code === rate.agreement)! : null;
      const due = applyRate(values[i]!.valueMinor, rate.rateBp);
      const freeOfDuty = relieved(relief, "duty", consignmentValue, due);
      const duty = freeOfDuty ? 0 : due;
      items.push({
        kind: "DUTY", key: "duty",
        label: t(agreement ? "common:compliance.item.dutyPreferential" : "common:compliance.item.duty", { rate: percent(ctx, rate.rateBp), hs: formatHs(line.hsCode), agreement: agreement?.code ?? "" }),
        hsCode: line.hsCode, amount: money(duty), paidBy: importPayer, includedInPrice: inPriceImport, rateBp: rate.rateBp, base: money(values[i]!.valueMinor),
        relieved: freeOfDuty && due > 0, agreement: agreement?.code ?? null,
        source: agreement ? `${agreement.name}: ${agreement.basis}` : tariff.source, asOf: agreement ? agreement.validFrom : tariff.asOf,
        indicative: tariff.indicative || !!agreement, converted: null,
      });
      if (!agreement && agreements.length && !data.proofOfOrigin) note("PREFERENCE_AVAILABLE", { agreement: agreements.map((a) => a.code).join(", ") });
      for (const charge of importTaxes(taxes, line.hsCode, values[i]!.valueMinor, duty, relief)) {
        items.push({
          kind: "TAX", key: charge.tax.key,
          label: t(`common:compliance.item.${charge.tax.key}`, { rate: percent(ctx, charge.rateBp), hs: formatHs(line.hsCode) }),
          hsCode: line.hsCode, amount: money(charge.amountMinor), paidBy: importPayer, includedInPrice: inPriceImport, rateBp: charge.rateBp, base: money(charge.baseMinor),
          relieved: charge.relieved, agreement: null, source: charge.tax.basis, asOf: charge.tax.validFrom, indicative: true, converted: null,
        });
      }
    }
    if (!taxes.length) note("NO_IMPORT_VAT", { country: destination });
    if (items.some((item) => item.relieved)) note("DE_MINIMIS_APPLIED");
    if (inPriceImport) note("DDP_SELLER_PAYS");
  }
  if (data.lines.some((l) => agreementsBetween(l.originCountry, destination, on).length) && data.proofOfOrigin && !items.some((i) => i.agreement)) {
    note("PREFERENCE_NOT_FOR_CHAPTER");
  }
  const deduplicated = notes.filter((n, i) => notes.findIndex((m) => m.code === n.code) === i);
  const total = items.filter((item) => item.paidBy === "BUYER" && !item.includedInPrice).reduce((sum, item) => sum + item.amount.amountMinor, 0);
  return {
    destinationCountry: destination,
    incoterm: data.incoterm,
    currency,
    on,
    valuation: country.valuation,
    valuationBasis: country.valuationBasis,
    customsValue: money(consignmentValue),
    items,
    total: money(total),
    deMinimis: rule
      ? { dutyUpTo: relief!.dutyUpToMinor === null ? null : money(relief!.dutyUpToMinor), taxUpTo: relief!.taxUpToMinor === null ? null : money(relief!.taxUpToMinor), on: rule.on, basis: rule.basis }
      : null,
    notes: deduplicated,
    complete: !deduplicated.some((n) => n.code === "FREIGHT_UNKNOWN" || n.code === "FREIGHT_IN_PRICE_UNKNOWN"),
  };
}

function costItem(ctx: ServiceContext, kind: "FREIGHT" | "INSURANCE", cost: { minor: number; converted: Conversion | null }, money: (m: number) => Money, on: string): LandedCostItem {
  const key = kind === "FREIGHT" ? "freight" : "insurance";
  return {
    kind, key, label: ctx.t(`common:compliance.item.${key}`), hsCode: null, amount: money(cost.minor), paidBy: "BUYER", includedInPrice: false,
    rateBp: null, base: null, relieved: false, agreement: null, source: ctx.t("common:compliance.source.entered"), asOf: on, indicative: false, converted: cost.converted,
  };
}

function throwProblems(problems: (FieldProblem | null)[]): void {
  const found = problems.filter((p): p is FieldProblem => !!p);
  if (found.length) throw new UserInputProblems(found);
}

export interface ListingLandedCostInput extends Omit<LandedCostInput, "lines" | "incoterm"> {
  listingId: string;
  /** In the listing's unit; the MOQ by default. */
  quantity?: number | null;
  /** One the listing offers; its first by default. */
  incoterm?: string | null;
}

/** Landed cost of a listing's goods at the tier price for a quantity, on one of the Incoterms it offers. */
export async function landedCostForListing(ctx: ServiceContext, input: ListingLandedCostInput): Promise<LandedCost> {
  const listing = await getListing(ctx, input.listingId);
  if (!listing) throw notFound("LISTING_NOT_FOUND");
  const quantity = input.quantity ?? listing.moq;
  if (!(quantity > 0)) throw problem("quantity", "QUANTITY_NOT_POSITIVE");
  const incoterm = (input.incoterm ?? listing.incoterms[0]?.code ?? "EXW").toUpperCase();
  const unitPrice = tierPrice(listing.priceTiers, quantity);
  const { listingId: _listingId, quantity: _quantity, ...rest } = input;
  return landedCost(ctx, {
    ...rest,
    incoterm,
    lines: [{ hsCode: listing.hsCode, originCountry: listing.originCountry, value: { amountMinor: Math.round(unitPrice * quantity), currency: listing.currency } }],
  });
}

// ---------------------------------------------------------------------------- trade compliance (for trade)

export interface TradeComplianceInput {
  originCountry: string;
  destinationCountry: string;
  on: Date;
  lines: readonly { hsCode: string; licenceNumber?: string | null }[];
  parties: readonly { role: string; name: string; country: string }[];
}

export interface ComplianceRefusal {
  /** EMBARGOED_LANE or LICENCE_REQUIRED: keys in errors.json, with `params` for the message. */
  code: string;
  /** The input path to fix, e.g. lines.0.licenceNumber. */
  field?: string;
  params: Record<string, string>;
}

export interface ScreeningHit {
  partyRole: string;
  partyName: string;
  listedName: string;
  listSource: string;
  score: number;
}

export interface TradeCompliance {
  refusals: ComplianceRefusal[];
  screeningHits: ScreeningHit[];
}

/**
 * What stops an order, for trade to call before it places one: an embargo on the lane for a line's
 * HS code, a licensable line without its licence number (refusals, each with its legal basis), and
 * parties that resemble a denied party (hits: trade holds the order for an admin's review).
 */
export async function assessTradeCompliance(ctx: ServiceContext, input: TradeComplianceInput): Promise<TradeCompliance> {
  const on = input.on.toISOString().slice(0, 10);
  const origin = input.originCountry.toUpperCase();
  const destination = input.destinationCountry.toUpperCase();
  const [embargoes, screeningHits] = await Promise.all([embargoRows(ctx.db, on).then((rows) => rows.map(toEmbargo)), screenParties(ctx, input.parties)]);
  const refusals: ComplianceRefusal[] = [];
  for (const [i, line] of input.lines.entries()) {
    const hsCode = hsDigits(line.hsCode);
    const embargo = findEmbargo(embargoes, origin, destination, hsCode, on, on);
    if (embargo) {
      refusals.push({
        code: "EMBARGOED_LANE",
        field: `lines.${i}.hsCode`,
        params: { origin, destination, hs: formatHs(hsCode), since: embargo.validFrom, basis: embargo.legalBasis },
      });
    }
    for (const rule of licenceRulesFor(hsCode, origin, destination, on)) {
      if (line.licenceNumber?.trim()) continue;
      refusals.push({
        code: "LICENCE_REQUIRED",
        field: `lines.${i}.licenceNumber`,
        params: { hs: formatHs(hsCode), kind: ctx.t(`common:compliance.licence.${rule.kind}`), basis: rule.basis },
      });
    }
  }
  return { refusals, screeningHits };
}

// ---------------------------------------------------------------------------- denied parties

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

async function listedKeys(ctx: ServiceContext): Promise<ListedKey[]> {
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

// ---------------------------------------------------------------------------- screening reviews

export type ScreeningStatus = "pending" | "approved" | "rejected";

/** The one table of moves: a review is decided once. */
const SCREENING_TRANSITIONS: Record<ScreeningStatus, readonly ScreeningStatus[]> = {
  pending: ["approved", "rejected"],
  approved: [],
  rejected: [],
};

export function canMoveScreening(from: ScreeningStatus, to: ScreeningStatus): boolean {
  return SCREENING_TRANSITIONS[from].includes(to);
}

export interface ScreeningReviewEvent {
  id: string;
  fromStatus: ScreeningStatus | null;
  toStatus: ScreeningStatus;
  byUserId: string | null;
  note: string | null;
  at: string;
}

export interface ScreeningReview {
  id: string;
  subjectKind: string;
  subjectId: string;
  status: ScreeningStatus;
  hits: (ScreeningHit & { partyCountry: string | null; listedCountry: string | null })[];
  createdAt: string;
  decidedByUserId: string | null;
  decidedAt: string | null;
  note: string | null;
  history: ScreeningReviewEvent[];
}

async function hydrateReviews(ctx: ServiceContext, rows: readonly ScreeningReviewsTable[]): Promise<ScreeningReview[]> {
  const ids = rows.map((r) => r.id);
  const [hits, events] = await Promise.all([screeningHitRows(ctx.db, ids), screeningEventRows(ctx.db, ids)]);
  return rows.map((r) => ({
    id: r.id,
    subjectKind: r.subject_kind,
    subjectId: r.subject_id,
    status: r.status as ScreeningStatus,
    hits: hits
      .filter((h) => h.review_id === r.id)
      .map((h) => ({
        partyRole: h.party_role,
        partyName: h.party_name,
        partyCountry: h.party_country,
        listedName: h.listed_name,
        listedCountry: h.listed_country,
        listSource: h.list_source,
        score: h.score,
      })),
    createdAt: r.created_at,
    decidedByUserId: r.decided_by_user_id,
    decidedAt: r.decided_at,
    note: r.note,
    // The clock may not move between opening and deciding (tests, fast admins): opening comes first.
    history: events
      .filter((e) => e.review_id === r.id)
      .sort((a, b) => a.at.localeCompare(b.at) || Number(a.from_status !== null) - Number(b.from_status !== null))
      .map((e) => ({ id: e.id, fromStatus: e.from_status as ScreeningStatus | null, toStatus: e.to_status as ScreeningStatus, byUserId: e.by_user_id, note: e.note, at: e.at })),
  }));
}

/**
 * For trade, in its own transaction (pass it as ctx.db): holds a subject (an order) for an admin's
 * review of the screening hits. The review and its first history row are written together.
 */
export async function holdForScreening(
  ctx: ServiceContext,
  input: { subjectKind: string; subjectId: string; hits: readonly (ScreeningHit & { partyCountry?: string | null })[] },
): Promise<ScreeningReview> {
  if (!input.hits.length) throw new RangeError("a screening review needs at least one hit");
  const at = nowIso(ctx.now());
  const listed = await listedKeys(ctx);
  const review: ScreeningReviewsTable = {
    id: newId("scr"), subject_kind: input.subjectKind, subject_id: input.subjectId, status: "pending", created_at: at, decided_by_user_id: null, decided_at: null, note: null,
  };
  const hits: ScreeningHitsTable[] = input.hits.map((h) => ({
    id: newId("sch"),
    review_id: review.id,
    party_role: h.partyRole,
    party_name: h.partyName,
    party_country: h.partyCountry ?? null,
    listed_name: h.listedName,
    listed_country: listed.find((l) => l.name === h.listedName && l.source === h.listSource)?.country ?? null,
    list_source: h.listSource,
    score: h.score,
  }));
  await insertScreeningReview(ctx.db, review, hits, { id: newId("sce"), review_id: review.id, from_status: null, to_status: "pending", by_user_id: actorUserId(ctx.viewer), note: null, at });
  return (await hydrateReviews(ctx, [review]))[0]!;
}

/** Platform admins: the review queue, oldest first (pending by default). */
export async function screeningReviews(ctx: ServiceContext, args: { status?: ScreeningStatus | null; first?: number | null }): Promise<ScreeningReview[]> {
  requirePlatformAdmin(ctx.viewer);
  const rows = await screeningReviewRows(ctx.db, { status: args.status === undefined ? "pending" : args.status }, Math.min(Math.max(args.first ?? 50, 1), 200));
  return hydrateReviews(ctx, rows);
}

export async function getScreeningReview(ctx: ServiceContext, id: string): Promise<ScreeningReview | null> {
  requirePlatformAdmin(ctx.viewer);
  const row = await screeningReviewRow(ctx.db, id);
  return row ? (await hydrateReviews(ctx, [row]))[0]! : null;
}

/** For trade, which polls it (or subscribes to screening.decided): the reviews of one subject, newest last. */
export async function screeningReviewsOf(ctx: ServiceContext, subjectId: string): Promise<ScreeningReview[]> {
  return hydrateReviews(ctx, await screeningReviewRows(ctx.db, { subjectId }, 50));
}

const decisionSchema = z.object({
  decision: z.enum(["approved", "rejected"], { errorMap: () => ({ message: "SCREENING_DECISION_INVALID" }) }),
  note: requiredText(2000),
});

/**
 * Platform admins approve (a false positive: the order goes on) or reject (a real match: the order
 * is stopped) a review, with a note; the decision is logged and `screening.decided` is published.
 */
export async function decideScreening(ctx: ServiceContext, input: { reviewId: string; decision: string; note: string }): Promise<ScreeningReview> {
  requirePlatformAdmin(ctx.viewer);
  const data = validate(decisionSchema, { decision: input.decision.toLowerCase(), note: input.note });
  const at = nowIso(ctx.now());
  const byUserId = actorUserId(ctx.viewer);
  return withTransaction(ctx, async (tx) => {
    const row = await screeningReviewRow(tx.db, input.reviewId);
    if (!row) throw notFound("SCREENING_REVIEW_NOT_FOUND");
    if (!canMoveScreening(row.status as ScreeningStatus, data.decision)) throw conflict("SCREENING_ALREADY_DECIDED", { status: row.status });
    const moved = await decideScreeningReviewRow(
      tx.db,
      row.id,
      row.status,
      { status: data.decision, decided_by_user_id: byUserId, decided_at: at, note: data.note },
      { id: newId("sce"), review_id: row.id, from_status: row.status, to_status: data.decision, by_user_id: byUserId, note: data.note, at },
    );
    if (!moved) throw conflict("SCREENING_ALREADY_DECIDED", { status: "decided" });
    await publish(tx, SCREENING_DECIDED, {
      reviewId: row.id,
      subjectKind: row.subject_kind,
      subjectId: row.subject_id,
      decision: data.decision,
      note: data.note,
      decidedByUserId: byUserId,
      decidedAt: at,
    });
    return (await hydrateReviews(tx, [{ ...row, status: data.decision, decided_by_user_id: byUserId, decided_at: at, note: data.note }]))[0]!;
  });
}

// ---------------------------------------------------------------------------- quotes by landed cost

export interface QuoteLandedCost {
  quote: Quote;
  landedCost: LandedCost;
  rank: number;
}

/**
 * The buyer's comparable quotes (as compareQuotes shows them) landed at the request's destination
 * in the buyer's currency, cheapest at the door first: the HS code is the quote's listing's, else the
 * request's; the origin the listing's, else the seller's country.
 */
export async function quoteLandedCosts(
  ctx: ServiceContext,
  args: { requestId: string; currency?: string | null; freight?: Money | null; proofOfOrigin?: boolean | null },
): Promise<QuoteLandedCost[]> {
  const comparison = await compareQuotes(ctx, args.requestId);
  const listings = new Map((await listingsByIds(ctx, comparison.quotes.map((q) => q.quote.listingId).filter((id): id is string => !!id))).map((l) => [l.id, l]));
  const landed = await Promise.all(
    comparison.quotes.map(async ({ quote, total }) => {
      const listing = quote.listingId ? listings.get(quote.listingId) : undefined;
      const hsCode = listing?.hsCode ?? comparison.request.hsCode;
      const originCountry = listing?.originCountry ?? (await getOrganisation(ctx, quote.sellerOrganisationId))?.country;
      if (!hsCode || !originCountry) return null;
      const cost = await landedCost(ctx, {
        lines: [{ hsCode, originCountry, value: total }],
        incoterm: quote.incoterm,
        destinationCountry: comparison.request.destinationCountry,
        currency: args.currency ?? comparison.buyerCurrency,
        freight: args.freight,
        proofOfOrigin: args.proofOfOrigin,
      });
      return { quote, landedCost: cost };
    }),
  );
  return landed
    .filter((l): l is { quote: Quote; landedCost: LandedCost } => !!l)
    .sort((a, b) => a.landedCost.total.amountMinor - b.landedCost.total.amountMinor || a.quote.id.localeCompare(b.quote.id))
    .map((l, i) => ({ ...l, rank: i + 1 }));
}
