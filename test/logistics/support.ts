/** Logistics tests run on a fixed clock: Monday 7 December 2026, 09:00 UTC. */
export const NOW = "2026-12-07T09:00:00.000Z";
