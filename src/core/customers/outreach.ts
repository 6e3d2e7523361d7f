import { assess, type Kind } from './assess.js';
import { defectorOf } from './defectors.js';
import type { CustomerRecord } from './record.js';
import type { CustomerRules } from './rules.js';

export interface OutreachRow {
  customer: string;
  reasons: string[];
  trustBalance: number;
  kind: Kind;
  lastContactAt: number | null;
}

/** Never called proactively, whatever else holds. */
const NOT_TO_CALL = ['do-not-contact', 'fired'] as const;

/**
 * Whom to call: silent defectors, detractors (their latest survey signal in the window was
 * dissatisfied) and hostages with a negative balance; lowest balance first.
 */
export function outreachList(records: Iterable<CustomerRecord>, rules: CustomerRules, asOf: number): OutreachRow[] {
  const rows: OutreachRow[] = [];
  for (const record of records) {
    if (NOT_TO_CALL.some((flag) => record.flags.has(flag))) continue;
    const assessment = assess(record, rules, asOf);
    const reasons: string[] = [];
    const defector = defectorOf(record, rules, asOf);
    if (defector) reasons.push(`silent defector (${defector.bad.kind.replaceAll('_', ' ')})`);
    if (record.lastSignal?.event === 'survey_dissatisfied') reasons.push('detractor');
    if (assessment.kind === 'hostage' && assessment.trustBalance < 0) reasons.push('hostage with a negative balance');
    if (reasons.length > 0) rows.push({ customer: record.customer, reasons, trustBalance: assessment.trustBalance, kind: assessment.kind, lastContactAt: record.lastContactAt });
  }
  return rows.sort((a, b) => a.trustBalance - b.trustBalance || (a.customer < b.customer ? -1 : 1));
}
