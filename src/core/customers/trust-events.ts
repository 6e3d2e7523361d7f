/**
 * Every event of the trust account and its default amount, in the one table the docs repeat.
 * `svc config set trust.EVENT N` overrides an amount.
 */
export const TRUST_EVENTS = {
  promise_kept: { amount: 2, describe: 'a promise kept by its original due' },
  promise_kept_late: { amount: -1, describe: 'a promise kept after its original due' },
  promise_broken: { amount: -3, describe: 'a promise broken, or still open past the due in force' },
  complaint_received: { amount: -2, describe: 'a complaint received' },
  complaint_resolved: { amount: 2, describe: 'a complaint resolved within its resolution target (or resolved, when no target is set)' },
  complaint_recurring: { amount: -3, describe: 'a complaint in the same category as one of the same customer within complaint_recurring_days' },
  abandoned_unanswered: { amount: -2, describe: 'an abandoned call not followed by an answered call within callback_window_h' },
  long_wait: { amount: -1, describe: 'an answered call that waited more than 3 × the service-level threshold T' },
  survey_satisfied: { amount: 2, describe: 'a CSAT answer of 4 or 5 (a survey or a call log csat) or an NPS answer of 9 or 10' },
  survey_dissatisfied: { amount: -3, describe: 'a CSAT answer of 1 or 2 (a survey or a call log csat) or an NPS answer of 0 to 6' },
  wow: { amount: 3, describe: 'a WOW moment: something done beyond expectations' },
} as const;

export type TrustEvent = keyof typeof TRUST_EVENTS;
export const TRUST_EVENT_NAMES = Object.keys(TRUST_EVENTS) as TrustEvent[];
export type TrustSettingKey = `trust.${TrustEvent}`;

/** How far over T a wait must be to count against trust; the store's customer projection counts them. */
export { LONG_WAIT_FACTOR } from '../../db/customer-projection.js';
