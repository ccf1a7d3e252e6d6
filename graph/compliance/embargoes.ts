import { destinationCodesFor, type EmbargoEntry } from "../../db/reference/embargoes.js";

/** A ban on goods from `origin` into `destination` (a country or a group such as EU), optionally under an HS prefix. */
export type Embargo = EmbargoEntry;

/** An embargo in force on any day from `from` until `until` (YYYY-MM-DD), for this origin, destination and HS code. */
export function findEmbargo(
  embargoes: readonly Embargo[],
  origin: string,
  destination: string,
  hsCode: string,
  from: string,
  until: string,
): Embargo | null {
  const destinations = destinationCodesFor(destination);
  return (
    embargoes.find(
      (e) =>
        e.origin === origin &&
        destinations.includes(e.destination) &&
        (!e.hsPrefix || hsCode.startsWith(e.hsPrefix)) &&
        e.validFrom <= until &&
        (!e.validTo || e.validTo >= from),
    ) ?? null
  );
}
