/**
 * The fx module's public face: listings, trade, compliance, sourcing and the resolvers import from
 * here. The rules live in files by job: conversion (finding a rate and converting at it),
 * bulk-conversion (many prices in one read), stored-rates (listing and entering rates) and
 * rate-import (a CSV of rates); fx.ts holds the exact arithmetic.
 */
export type { Conversion, FoundRate, FxDerivation, FxRate } from "./model.js";
export { convertMoney, findRate, PIVOT_CURRENCY } from "./conversion.js";
export { convertEach, moneyIn, type ConversionRequest } from "./bulk-conversion.js";
export { listFxRates, setFxRate, type FxRateFilter, type SetFxRateInput } from "./stored-rates.js";
export { importFxRates, type FxImportResult } from "./rate-import.js";
