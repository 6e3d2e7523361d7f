import type { Store } from '../../db/open.js';
import type { Zone } from '../time/zone.js';
import { assess, KINDS, type Kind } from './assess.js';
import { loadCustomerRecordsAt } from './load-records.js';
import type { CustomerRules } from './rules.js';

export type MovementFrom = Kind | 'new';
export type MovementTo = Kind | 'lost';
export const MOVEMENT_ROWS: readonly MovementFrom[] = [...KINDS, 'new'];
export const MOVEMENT_COLUMNS: readonly MovementTo[] = [...KINDS, 'lost'];

export interface Movement {
  /** counts[from][to]: customers of kind `from` at the earlier end who are `to` at the later one. */
  counts: Record<MovementFrom, Record<MovementTo, number>>;
}

/**
 * The kinds at the end of each period, between the customers in contact within the trust window
 * before that end. `new`: not in that population at the earlier end (first-time or returning);
 * `lost`: in it at the earlier end, out of it (no contact for a whole window) at the later one.
 */
export function customerMovement(db: Store, request: { earlierEnd: number; laterEnd: number; zone: Zone; rules: CustomerRules }): Movement {
  const instants = [request.earlierEnd, request.laterEnd];
  const [before, after] = loadCustomerRecordsAt(db, { zone: request.zone, rules: request.rules }, instants).map((records, index) => {
    const asOf = instants[index]!;
    const kinds = new Map<string, Kind>();
    for (const record of records.values()) {
      if (record.lastContactAt !== null && record.lastContactAt > asOf - request.rules.windowS) kinds.set(record.customer, assess(record, request.rules, asOf).kind);
    }
    return kinds;
  }) as [Map<string, Kind>, Map<string, Kind>];
  const counts = Object.fromEntries(MOVEMENT_ROWS.map((row) => [row, Object.fromEntries(MOVEMENT_COLUMNS.map((column) => [column, 0]))])) as Movement['counts'];
  for (const [customer, kind] of before) counts[kind][after.get(customer) ?? 'lost']++;
  for (const [customer, kind] of after) if (!before.has(customer)) counts.new[kind]++;
  return { counts };
}
