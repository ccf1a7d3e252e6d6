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
          Incoterm: "../../db/reference/index.js#Incoterm as IncotermModel",
          UnitOfMeasure: "../../db/reference/index.js#UnitOfMeasure as UnitOfMeasureModel",
          HsCode: "../catalog/service.js#HsCode as HsCodeModel",
          Port: "../catalog/service.js#Port as PortModel",
          FxRate: "../trade/service.js#FxRate as FxRateModel",
          Conversion: "../trade/service.js#Conversion as ConversionModel",
          FxImportResult: "../trade/service.js#FxImportResult as FxImportResultModel",
        },
        mapperTypeSuffix: "Model",
        maybeValue: "T | null",
        inputMaybeValue: "T | null | undefined",
      },
    },
  },
};

export default config;
