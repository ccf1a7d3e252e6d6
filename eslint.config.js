import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";
import caravan from "./lint/caravan-plugin.js";
import { TABLE_OWNERS } from "./lint/table-owners.js";

/** Dependencies flow one way: app → graph → db. Services never see GraphQL or Apollo. */
const layers = [
  {
    files: ["db/**/*.ts"],
    ignores: ["db/seed/**", "db/cli/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/graph/**", "**/app/**"], message: "db/ is the bottom layer: it imports neither graph/ nor app/." }] }],
    },
  },
  {
    files: ["graph/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/app/**"], message: "graph/ does not depend on the UI." }] }],
    },
  },
  {
    // Rules and data live everywhere in graph/ but the GraphQL edge: the API, the schema and resolvers.
    files: ["graph/**/*.ts"],
    ignores: ["graph/api.ts", "graph/schema.ts", "graph/**/resolvers.ts", "graph/__generated__/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["graphql", "@apollo/*", "**/app/**"], message: "A service holds business rules only: no GraphQL, Apollo or UI." }] }],
    },
  },
  {
    files: ["graph/**/*.ts"],
    plugins: { caravan },
    rules: {
      "caravan/no-foreign-tables": ["error", { owners: TABLE_OWNERS }],
      "caravan/no-module-cycles": "error",
    },
  },
  {
    files: ["app/**/*.ts", "app/**/*.tsx"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["**/db/**", "kysely", "better-sqlite3", "pg"], message: "The UI reaches data through GraphQL (app/graphql.server.ts), never the database." },
            { group: ["**/graph/**/service*", "**/graph/api*", "**/graph/schema*"], allowTypeImports: true, message: "The UI calls the API, not services." },
          ],
        },
      ],
    },
  },
];

export default tseslint.config(
  { ignores: ["build/**", "public/build/**", "node_modules/**", "graph/__generated__/**", "data/**", ".cache/**", "test-results/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: "module" },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "off",
      "no-console": "off",
    },
  },
  {
    files: ["lint/**/*.js"],
    languageOptions: { globals: { process: "readonly", console: "readonly" } },
  },
  {
    files: ["app/**/*.tsx"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  ...layers,
  {
    // A file past 500 lines is doing several jobs: split it along them (generated code aside).
    files: ["graph/**/*.ts"],
    ignores: ["graph/__generated__/**"],
    rules: { "max-lines": ["error", { max: 500, skipBlankLines: false, skipComments: false }] },
  },
);
