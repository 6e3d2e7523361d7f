import type { CustomerRules } from './rules.js';
import { LONG_WAIT_FACTOR, TRUST_EVENTS, TRUST_EVENT_NAMES } from './trust-events.js';

export interface RuleLine {
  rule: string;
  value: string;
  setting: string;
}

/** The rules in force, worded for a person, each with the setting that changes it. */
export function explainRules(rules: CustomerRules): RuleLine[] {
  const days = (seconds: number) => `${seconds / 86400} days`;
  return [
    { rule: 'trust and satisfaction look back over', value: days(rules.windowS), setting: 'trust_window_days' },
    ...TRUST_EVENT_NAMES.map((event) => ({ rule: `trust: ${TRUST_EVENTS[event].describe}`, value: String(rules.amounts[event]), setting: `trust.${event}` })),
    { rule: 'an abandoned call debits trust when not answered within', value: `${rules.callbackS / 3600} h`, setting: 'callback_window_h' },
    { rule: 'a long wait is more than T ×', value: String(LONG_WAIT_FACTOR), setting: 'sl_threshold_s (T)' },
    { rule: 'satisfaction: unknown without any trust event in the window or open complaint', value: '', setting: '' },
    { rule: 'satisfaction: dissatisfied with an open complaint, a recurring complaint in the window, or a negative balance', value: '', setting: '' },
    { rule: 'satisfaction: satisfied otherwise (balance 0 or more)', value: '', setting: '' },
    { rule: 'loyal: months with a contact, of the last months (this one included)', value: `${rules.loyalActiveMonths} of ${rules.loyalOfMonths}`, setting: 'loyal_active_months, loyal_of_months' },
    { rule: 'loyal: and last contact no longer ago than', value: days(rules.lapsedAfterS), setting: 'lapsed_after_days' },
    { rule: 'ambassador: satisfied and loyal; butterfly: satisfied, not loyal', value: '', setting: '' },
    { rule: 'hostage: dissatisfied and loyal or flagged bound; dissatisfied: dissatisfied, not loyal', value: '', setting: '' },
    { rule: 'silent defector: no contact since a bad experience for at least', value: days(rules.defectAfterS), setting: 'defect_after_days' },
  ];
}
