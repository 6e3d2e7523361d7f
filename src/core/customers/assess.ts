import type { CustomerRecord } from './record.js';
import type { CustomerRules } from './rules.js';

export const KINDS = ['ambassador', 'butterfly', 'hostage', 'dissatisfied', 'unknown'] as const;
export type Kind = (typeof KINDS)[number];
export type Satisfaction = 'satisfied' | 'dissatisfied' | 'unknown';
export type Loyalty = 'loyal' | 'not_loyal';

export interface Assessment {
  satisfaction: Satisfaction;
  loyalty: Loyalty;
  kind: Kind;
  trustBalance: number;
}

/**
 * Satisfaction from the signals of the window: none means unknown; an open or recurring
 * complaint, or a negative trust balance, means dissatisfied; otherwise satisfied.
 */
export function satisfactionOf(record: CustomerRecord): Satisfaction {
  if (record.trustEvents === 0 && record.openComplaints === 0) return 'unknown';
  if (record.openComplaints > 0 || record.recurringComplaints > 0 || record.trustBalance < 0) return 'dissatisfied';
  return 'satisfied';
}

/** Loyal: in contact in at least K of the last M months, and not silent for more than L days. */
export function loyaltyOf(record: CustomerRecord, rules: CustomerRules, asOf: number): Loyalty {
  const lapsed = record.lastContactAt === null || asOf - record.lastContactAt > rules.lapsedAfterS;
  return !lapsed && record.activeMonths.size >= rules.loyalActiveMonths ? 'loyal' : 'not_loyal';
}

/** The satisfaction × loyalty grid; a dissatisfied customer flagged `bound` cannot leave, so stays a hostage. */
export function kindOf(satisfaction: Satisfaction, loyalty: Loyalty, bound: boolean): Kind {
  if (satisfaction === 'unknown') return 'unknown';
  if (satisfaction === 'satisfied') return loyalty === 'loyal' ? 'ambassador' : 'butterfly';
  return loyalty === 'loyal' || bound ? 'hostage' : 'dissatisfied';
}

export function assess(record: CustomerRecord, rules: CustomerRules, asOf: number): Assessment {
  const satisfaction = satisfactionOf(record);
  const loyalty = loyaltyOf(record, rules, asOf);
  return { satisfaction, loyalty, kind: kindOf(satisfaction, loyalty, record.flags.has('bound')), trustBalance: record.trustBalance };
}
