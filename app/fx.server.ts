import type { Api } from "./graphql.server";
import type { MoneyValue } from "./utils/format";

const CONVERT = /* GraphQL */ `
  query ConvertMoney($amount: MoneyInput!, $to: String!) {
    convertMoney(amount: $amount, to: $to) { to { amount currency } rate rateDate }
  }
`;

export interface Converted {
  to: MoneyValue;
  rate: string;
  rateDate: string;
}

/**
 * Each amount in `to`, at the API's rate (null where no rate is known or it is already in `to`).
 * One operation per distinct amount: an unknown rate fails only its own conversion.
 */
export async function convertAll(gql: Api, amounts: readonly MoneyValue[], to: string): Promise<(Converted | null)[]> {
  const distinct = new Map<string, Promise<Converted | null>>();
  const keyOf = (m: MoneyValue) => `${m.amount} ${m.currency}`;
  for (const money of amounts) {
    if (money.currency === to || distinct.has(keyOf(money))) continue;
    distinct.set(
      keyOf(money),
      gql
        .attempt<{ convertMoney: Converted }>(CONVERT, { amount: money, to }, ["BAD_USER_INPUT", "NOT_FOUND", "FX_RATE_MISSING"])
        .then((answer) => answer.data?.convertMoney ?? null),
    );
  }
  return Promise.all(amounts.map((money) => distinct.get(keyOf(money)) ?? Promise.resolve(null)));
}
