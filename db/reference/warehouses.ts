import type { Executor } from "../database.js";
import type { WarehousesTable } from "../types.js";

/**
 * Overseas warehouses Caravan's demo runs with: stock held there ships to the region in 72 hours.
 * Regional rates are indicative (rounded from 2025–2026 published parcel and pallet rates of the
 * local carriers) in the warehouse's own currency, in minor units per chargeable tonne.
 */
const WAREHOUSES: Omit<WarehousesTable, "updated_at">[] = [
  { id: "whs_es_mad", code: "ES-MAD", name: "Madrid overseas warehouse", city: "Madrid", country: "ES", locode: "ESMAD", time_zone: "Europe/Madrid", region_countries: "ES,PT,AD", regional_days_min: 1, regional_days_max: 3, regional_rate_per_tonne_minor: 45_000, regional_minimum_charge_minor: 800, rate_currency: "EUR" },
  { id: "whs_fr_par", code: "FR-PAR", name: "Paris overseas warehouse", city: "Paris", country: "FR", locode: "FRPAR", time_zone: "Europe/Paris", region_countries: "FR,BE,LU,MC", regional_days_min: 1, regional_days_max: 3, regional_rate_per_tonne_minor: 52_000, regional_minimum_charge_minor: 900, rate_currency: "EUR" },
  { id: "whs_be_lgg", code: "BE-LGG", name: "Liège eHub", city: "Liège", country: "BE", locode: "BELGG", time_zone: "Europe/Brussels", region_countries: "BE,NL,LU,DE,FR", regional_days_min: 1, regional_days_max: 3, regional_rate_per_tonne_minor: 48_000, regional_minimum_charge_minor: 850, rate_currency: "EUR" },
  { id: "whs_pl_waw", code: "PL-WAW", name: "Warsaw overseas warehouse", city: "Warsaw", country: "PL", locode: "PLWAW", time_zone: "Europe/Warsaw", region_countries: "PL,CZ,SK,LT", regional_days_min: 1, regional_days_max: 3, regional_rate_per_tonne_minor: 190_000, regional_minimum_charge_minor: 2_900, rate_currency: "PLN" },
  { id: "whs_ru_mow", code: "RU-MOW", name: "Moscow overseas warehouse", city: "Moscow", country: "RU", locode: "RUMOW", time_zone: "Europe/Moscow", region_countries: "RU,BY", regional_days_min: 1, regional_days_max: 3, regional_rate_per_tonne_minor: 4_500_000, regional_minimum_charge_minor: 80_000, rate_currency: "RUB" },
  { id: "whs_ae_jea", code: "AE-JEA", name: "Jebel Ali free-zone warehouse", city: "Dubai", country: "AE", locode: "AEJEA", time_zone: "Asia/Dubai", region_countries: "AE,OM,BH,QA", regional_days_min: 1, regional_days_max: 3, regional_rate_per_tonne_minor: 180_000, regional_minimum_charge_minor: 3_000, rate_currency: "AED" },
];

/** Inserts the built-in warehouses; rows already there (an admin's corrections) are left alone. */
export async function loadWarehouses(db: Executor, now: string): Promise<void> {
  await db
    .insertInto("warehouses")
    .values(WAREHOUSES.map((w) => ({ ...w, updated_at: now })))
    .onConflict((oc) => oc.column("code").doNothing())
    .execute();
}
