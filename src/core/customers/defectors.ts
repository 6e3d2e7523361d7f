import type { BadExperience, CustomerRecord } from './record.js';
import type { CustomerRules } from './rules.js';

export interface Defector {
  customer: string;
  bad: BadExperience;
  silentDays: number;
}

/**
 * A silent defector had a bad experience and has not been in contact since (no call, complaint
 * or survey answer after it) for at least defect_after_days. Only the latest bad experience is
 * judged: a later contact clears the earlier ones.
 */
export function defectorOf(record: CustomerRecord, rules: CustomerRules, asOf: number, sinceAt = -Infinity): Defector | undefined {
  const bad = record.lastBad;
  if (!bad || bad.at < sinceAt) return undefined;
  if (record.lastContactAt !== null && record.lastContactAt > bad.at) return undefined;
  if (asOf - bad.at < rules.defectAfterS) return undefined;
  return { customer: record.customer, bad: { at: bad.at, kind: bad.kind, ref: bad.ref }, silentDays: Math.floor((asOf - bad.at) / 86400) };
}

export function findDefectors(records: Iterable<CustomerRecord>, rules: CustomerRules, asOf: number, sinceAt?: number): Defector[] {
  const found: Defector[] = [];
  for (const record of records) {
    const defector = defectorOf(record, rules, asOf, sinceAt);
    if (defector) found.push(defector);
  }
  return found.sort((a, b) => a.bad.at - b.bad.at || (a.customer < b.customer ? -1 : 1));
}

/**
 * Defectors ÷ customers whose latest bad experience is old enough to tell (at least
 * defect_after_days before `asOf`); null when there is none.
 */
export function defectionRate(records: Iterable<CustomerRecord>, rules: CustomerRules, asOf: number): { defectors: number; base: number; rate: number | null } {
  let defectors = 0;
  let base = 0;
  for (const record of records) {
    const bad = record.lastBad;
    if (!bad || asOf - bad.at < rules.defectAfterS) continue;
    base++;
    if (defectorOf(record, rules, asOf)) defectors++;
  }
  return { defectors, base, rate: base === 0 ? null : defectors / base };
}
