/** Operations on graph/fx (stored exchange rates); the types of their answers are generated into app/__generated__/operations.ts. */

export const FX_RATES = /* GraphQL */ `
  query AdminFxRates($after: String) {
    fxRates(first: 50, after: $after) {
      edges { node { id base quote rate asOf source createdAt } }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`;

export const SET_FX_RATE = /* GraphQL */ `
  mutation SetFxRate($input: SetFxRateInput!) {
    setFxRate(input: $input) { fxRate { base quote rate asOf } userErrors { field code message } }
  }
`;

export const IMPORT_FX_RATES = /* GraphQL */ `
  mutation ImportFxRates($csv: String!) {
    importFxRates(csv: $csv) { result { read created updated unchanged } userErrors { field code message } }
  }
`;
