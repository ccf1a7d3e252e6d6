/**
 * Double entry per order. Accounts are the places an order's money can be, from the platform's
 * books: the buyer (money not yet paid in), escrow (held by the platform), the seller (paid out or
 * owed to it). Every movement debits one account and credits another by the same amount, so an
 * order's debits always equal its credits and each account's balance says where the money is.
 */
export const LEDGER_ACCOUNTS = ["buyer", "escrow", "seller"] as const;
export type LedgerAccount = (typeof LEDGER_ACCOUNTS)[number];

export const MOVEMENTS = {
  /** Escrow funded: the buyer's money is now held by the platform. */
  escrow_funded: { debit: "escrow", credit: "buyer" },
  /** Delivery confirmed (or the timer ran out): the held money goes to the seller. */
  escrow_released: { debit: "seller", credit: "escrow" },
  /** Cancelled or a dispute decided for the buyer: the held money goes back. */
  escrow_refunded: { debit: "buyer", credit: "escrow" },
  /** An advance or open-account transfer reached the seller. */
  transfer_received: { debit: "seller", credit: "buyer" },
  /** An admin cancelled a paid order: the seller's receipt is returned. */
  transfer_refunded: { debit: "buyer", credit: "seller" },
} as const satisfies Record<string, { debit: LedgerAccount; credit: LedgerAccount }>;
export type Movement = keyof typeof MOVEMENTS;

export interface LedgerLine {
  movement: Movement;
  account: LedgerAccount;
  debitMinor: number;
  creditMinor: number;
}

export function entriesFor(movement: Movement, amountMinor: number): LedgerLine[] {
  if (!Number.isSafeInteger(amountMinor) || amountMinor <= 0) throw new RangeError("a movement moves a positive whole amount");
  const { debit, credit } = MOVEMENTS[movement];
  return [
    { movement, account: debit, debitMinor: amountMinor, creditMinor: 0 },
    { movement, account: credit, debitMinor: 0, creditMinor: amountMinor },
  ];
}

export interface Balances {
  debits: number;
  credits: number;
  /** Debits minus credits per account: escrow > 0 is money the platform holds. */
  accounts: Record<LedgerAccount, number>;
  balanced: boolean;
}

export function balancesOf(lines: readonly Pick<LedgerLine, "account" | "debitMinor" | "creditMinor">[]): Balances {
  const accounts: Record<LedgerAccount, number> = { buyer: 0, escrow: 0, seller: 0 };
  let debits = 0;
  let credits = 0;
  for (const line of lines) {
    debits += line.debitMinor;
    credits += line.creditMinor;
    accounts[line.account] += line.debitMinor - line.creditMinor;
  }
  return { debits, credits, accounts, balanced: debits === credits };
}
