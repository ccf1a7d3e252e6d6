import path from "node:path";
import { ESLint } from "eslint";
import tseslint from "typescript-eslint";
import { describe, expect, it } from "vitest";
import caravan from "../../lint/caravan-plugin.js";
import { TABLE_OWNERS } from "../../lint/table-owners.js";

const FIXTURES = path.resolve("test/fixtures/lint");
const FIXTURE_OWNERS = { alpha: ["alpha_rows"], beta: ["beta_rows"] };

/** Lints `graph/` under `root` with only the two module rules, as eslint.config.js configures them. */
async function lintGraph(root: string, owners: Record<string, string[]>) {
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ["graph/**/*.ts"],
        linterOptions: { reportUnusedDisableDirectives: "off" },
        languageOptions: { parser: tseslint.parser as any },
        plugins: { caravan },
        rules: { "caravan/no-foreign-tables": ["error", { owners }], "caravan/no-module-cycles": "error" },
      },
    ],
  });
  const results = await eslint.lintFiles(["graph/**/*.ts"]);
  // Other rules' disable comments in the real tree are not these rules' business.
  return results.flatMap((r) => r.messages.filter((m) => m.ruleId?.startsWith("caravan/")).map((m) => ({ file: path.relative(root, r.filePath), rule: m.ruleId, message: m.message })));
}

describe("the module lint rules", () => {
  it("fail on a module that reads another module's table, by query builder or raw SQL", async () => {
    const problems = await lintGraph(path.join(FIXTURES, "tangled"), FIXTURE_OWNERS);
    const foreign = problems.filter((p) => p.rule === "caravan/no-foreign-tables");
    expect(foreign.map((p) => [p.file, p.message.match(/Table "(\w+)"/)![1]])).toEqual([
      ["graph/alpha/service.ts", "beta_rows"],
      ["graph/alpha/service.ts", "beta_rows"],
      ["graph/alpha/service.ts", "beta_rows"],
      ["graph/beta/service.ts", "alpha_rows"],
    ]);
    expect(foreign[0]!.message).toContain("belongs to graph/beta");
  });

  it("fail on an import cycle between modules, at each import that closes it", async () => {
    const problems = await lintGraph(path.join(FIXTURES, "tangled"), FIXTURE_OWNERS);
    const cycles = problems.filter((p) => p.rule === "caravan/no-module-cycles");
    expect(cycles.map((p) => p.file)).toEqual(["graph/alpha/service.ts", "graph/beta/service.ts"]);
    expect(cycles[0]!.message).toContain("alpha ⇄ beta");
  });

  it("pass on modules that ask each other through exported functions, one way", async () => {
    expect(await lintGraph(path.join(FIXTURES, "tidy"), FIXTURE_OWNERS)).toEqual([]);
  });

  it("pass on Caravan's own graph/", async () => {
    expect(await lintGraph(path.resolve("."), TABLE_OWNERS)).toEqual([]);
  });
});
