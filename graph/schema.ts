import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { mergeResolvers, mergeTypeDefs } from "@graphql-tools/merge";
import { makeExecutableSchema } from "@graphql-tools/schema";
import type { GraphQLSchema } from "graphql";
import type { Resolvers } from "./__generated__/resolvers.js";
import { resolvers as catalog } from "./catalog/resolvers.js";
import { resolvers as identity } from "./identity/resolvers.js";
import { resolvers as shared } from "./shared/resolvers.js";
import { resolvers as trade } from "./trade/resolvers.js";

const here = path.dirname(fileURLToPath(import.meta.url));

/** Each domain module brings its SDL (schema.graphql beside it) and its resolvers. */
const MODULES: { folder: string; resolvers: Resolvers }[] = [
  { folder: "shared", resolvers: shared },
  { folder: "identity", resolvers: identity },
  { folder: "catalog", resolvers: catalog },
  { folder: "trade", resolvers: trade },
];

export function typeDefs(): string[] {
  return MODULES.map(({ folder }) => fs.readFileSync(path.join(here, folder, "schema.graphql"), "utf8"));
}

export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: mergeTypeDefs(typeDefs()),
    resolvers: mergeResolvers(MODULES.map((m) => m.resolvers) as never[]),
  });
}
