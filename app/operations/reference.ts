/** Reference data from graph/catalog, named in the viewer's language by the API. */

export const COUNTRIES = /* GraphQL */ `
  query Countries {
    countries { code name }
  }
`;

export const COUNTRIES_AND_CURRENCIES = /* GraphQL */ `
  query CountriesAndCurrencies {
    countries { code name }
    currencies { code name }
  }
`;

/** A country's name, for the customs jurisdiction on the dashboard. */
export const JURISDICTION = /* GraphQL */ `
  query Jurisdiction($code: String!) {
    country(code: $code) { name }
  }
`;
