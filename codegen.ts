import type { CodegenConfig } from "@graphql-codegen/cli";

// Resolver types come from the SDL, with each GraphQL type mapped to the domain object its service returns.
const config: CodegenConfig = {
  schema: "graph/**/schema.graphql",
  generates: {
    "graph/__generated__/resolvers.ts": {
      plugins: ["typescript", "typescript-resolvers"],
      config: {
        useIndexSignature: true,
        contextType: "../context.js#GraphContext",
        enumsAsTypes: true,
        scalars: { DateTime: "string", Date: "string" },
        mappers: {
          Organisation: "../identity/service.js#Organisation",
          User: "../identity/service.js#User",
          Membership: "../identity/service.js#Membership",
          ApiToken: "../identity/service.js#ApiToken",
          VerificationEvent: "../identity/service.js#VerificationEvent",
          Viewer: "../context.js#Viewer",
        },
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        maybeValue: "T | null",
        inputMaybeValue: "T | null | undefined",
      },
    },
  },
};

export default config;
