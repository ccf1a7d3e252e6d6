import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { mergeResolvers, mergeTypeDefs } from "@graphql-tools/merge";
import { makeExecutableSchema } from "@graphql-tools/schema";
import type { GraphQLSchema } from "graphql";
import type { Resolvers } from "./__generated__/resolvers.js";
import { resolvers as catalog } from "./catalog/resolvers.js";
import { resolvers as compliance } from "./compliance/resolvers.js";
import { resolvers as customs } from "./customs/resolvers.js";
import { resolvers as documents } from "./documents/resolvers.js";
import { resolvers as events } from "./events/resolvers.js";
import { resolvers as identity } from "./identity/resolvers.js";
import { resolvers as inbox } from "./inbox/resolvers.js";
import { resolvers as insights } from "./insights/resolvers.js";
import { resolvers as listings } from "./listings/resolvers.js";
import { resolvers as logistics } from "./logistics/resolvers.js";
import { resolvers as matching } from "./matching/resolvers.js";
import { resolvers as messages } from "./messages/resolvers.js";
import { resolvers as search } from "./search/resolvers.js";
import { resolvers as shared } from "./shared/resolvers.js";
import { resolvers as sourcing } from "./sourcing/resolvers.js";
import { resolvers as fx } from "./fx/resolvers.js";
import { resolvers as jobs } from "./jobs/resolvers.js";
import { resolvers as trade } from "./trade/resolvers.js";

const here = path.dirname(fileURLToPath(import.meta.url));

/** Each domain module brings its SDL (schema.graphql beside it) and its resolvers. */
const MODULES: { folder: string; resolvers: Resolvers }[] = [
  { folder: "shared", resolvers: shared },
  { folder: "identity", resolvers: identity },
  { folder: "catalog", resolvers: catalog },
  { folder: "listings", resolvers: listings },
  { folder: "search", resolvers: search },
  { folder: "events", resolvers: events },
  { folder: "fx", resolvers: fx },
  { folder: "inbox", resolvers: inbox },
  { folder: "messages", resolvers: messages },
  { folder: "sourcing", resolvers: sourcing },
  { folder: "compliance", resolvers: compliance },
  { folder: "documents", resolvers: documents },
  { folder: "logistics", resolvers: logistics },
  { folder: "matching", resolvers: matching },
  { folder: "insights", resolvers: insights },
  { folder: "trade", resolvers: trade },
  { folder: "jobs", resolvers: jobs },
  { folder: "customs", resolvers: customs },
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
