import { describe, expect, it } from "vitest";
import { backOffSeconds, nextAccountAttempt } from "../../graph/identity/rate-limit.js";

describe("per-account back-off", () => {
  it.each([
    [0, 0],
    [4, 0],
    [5, 1],
    [6, 2],
    [8, 8],
    [10, 32],
    [11, 60],
    [500, 60],
  ])("after %i attempts the next one waits %i s", (attempts, seconds) => {
    expect(backOffSeconds(attempts)).toBe(seconds);
  });

  const t0 = Date.parse("2026-12-07T09:00:00Z");
  it.each([
    ["a fresh account", undefined, t0, { allowed: true, attempts: 1, nextAllowedAt: t0 }],
    ["the fifth attempt starts the wait", { attempts: 4, nextAllowedAt: t0 }, t0, { allowed: true, attempts: 5, nextAllowedAt: t0 + 1000 }],
    ["too early", { attempts: 7, nextAllowedAt: t0 + 8000 }, t0 + 3000, { allowed: false, retryAfterSeconds: 5, attempts: 7 }],
    ["on time", { attempts: 7, nextAllowedAt: t0 + 8000 }, t0 + 8000, { allowed: true, attempts: 8, nextAllowedAt: t0 + 8000 + 8000 }],
    ["a day later everything is forgotten", { attempts: 40, nextAllowedAt: t0 }, t0 + 24 * 3600 * 1000, { allowed: true, attempts: 1, nextAllowedAt: t0 + 24 * 3600 * 1000 }],
  ] as const)("%s", (_name, bucket, now, expected) => {
    expect(nextAccountAttempt(bucket, now)).toMatchObject(expected);
  });
});
