import type { FlagRow } from '../../db/customer-ledger.js';

export const FLAGS = ['bound', 'vip', 'abusive', 'do-not-contact', 'fired'] as const;
export type Flag = (typeof FLAGS)[number];

/** The flags each customer carries at `asOf`: a flag holds from its flagging to its unflagging. */
export function flagsInForce(rows: readonly FlagRow[], asOf: number, canonical: (id: string) => string): Map<string, Set<Flag>> {
  const flags = new Map<string, Set<Flag>>();
  for (const row of rows) {
    if (row.at > asOf) continue;
    const customer = canonical(row.customer);
    const set = flags.get(customer) ?? new Set<Flag>();
    if (row.action === 'flag') set.add(row.flag as Flag);
    else set.delete(row.flag as Flag);
    flags.set(customer, set);
  }
  return flags;
}
