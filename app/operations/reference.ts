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
