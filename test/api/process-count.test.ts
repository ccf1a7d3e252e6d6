import { describe, expect, it } from "vitest";
import { processCount } from "../../server.js";

describe("how many server processes npm start runs", () => {
  it.each([
    [{ NODE_ENV: "production" }, 2, 2],
    [{ NODE_ENV: "production" }, 8, 8],
    [{ NODE_ENV: "production", CARAVAN_PROCESSES: "1" }, 8, 1],
    [{ NODE_ENV: "production", CARAVAN_PROCESSES: "3" }, 2, 3],
    [{ NODE_ENV: "development" }, 8, 1],
    [{}, 2, 1],
    [{ CARAVAN_PROCESSES: "4" }, 2, 4],
    [{ NODE_ENV: "production", CARAVAN_PROCESSES: "0" }, 2, 2],
    [{ NODE_ENV: "production", CARAVAN_PROCESSES: "many" }, 2, 2],
    [{ CARAVAN_PROCESSES: "1000" }, 2, 64],
  ])("%o on %i cores: %i", (env, cores, expected) => {
    expect(processCount(env as NodeJS.ProcessEnv, cores)).toBe(expected);
  });
});
