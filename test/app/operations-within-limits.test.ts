import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { apiArmor, MAX_TOKENS } from "../../graph/api.js";
import { buildSchema } from "../../graph/schema.js";

/*
 * Every operation the pages send is valid against the schema and within the API's limits (depth,
 * aliases, directives, cost, tokens), as the production server checks them: a page whose query the
 * API refuses as too expensive is broken for every user, and no other test may happen to open it.
 */

// The schema is built by @graphql-tools, which loads graphql's CommonJS build: validate with that one.
const { Kind, parse, specifiedRules, validate } = createRequire(import.meta.url)("graphql") as typeof import("graphql");
const folder = path.resolve("app/operations");
const schema = buildSchema();
const rules = [...specifiedRules, ...apiArmor(true).validationRules];

const operations = await Promise.all(
  fs
    .readdirSync(folder)
    .filter((file) => file.endsWith(".ts"))
    .map(async (file) => ({ file, exports: (await import(path.join(folder, file))) as Record<string, unknown> })),
).then((modules) =>
  modules.flatMap(({ file, exports }) =>
    Object.entries(exports)
      .filter((entry): entry is [string, string] => typeof entry[1] === "string" && /^\s*(query|mutation)\b/.test(entry[1]))
      .map(([name, text]) => ({ label: `${file} ${name}`, text })),
  ),
);

describe("the UI's GraphQL operations", () => {
  it("are found in app/operations", () => {
    expect(operations.length).toBeGreaterThan(80);
  });

  it.each(operations)("$label is valid and within the API's limits", ({ text }) => {
    const document = parse(text, { maxTokens: MAX_TOKENS });
    expect(document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION)).toBe(true);
    expect(validate(schema, document, rules).map((e) => e.message)).toEqual([]);
  });
});
