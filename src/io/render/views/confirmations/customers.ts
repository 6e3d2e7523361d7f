import type { Messages } from '../../../../i18n/messages.js';
import type { Confirmation } from './confirmation.js';

/** `0541234567 is now read as +972541234567`. */
export function customersMerged(customer: string, other: string, words: Messages): Confirmation {
  return { text: words.t('confirm.customer.merged', { customer, other }), id: null, json: { customer, other, merged: true } };
}

export function customersUnmerged(customer: string, other: string, words: Messages): Confirmation {
  return { text: words.t('confirm.customer.unmerged', { other }), id: null, json: { customer, other, merged: false } };
}

/** `+972541234567 flagged do-not-contact`. */
export function customerFlagChanged(customer: string, flag: string, action: 'flag' | 'unflag', words: Messages): Confirmation {
  return { text: words.t(`confirm.customer.${action}ged`, { customer, flag }), id: null, json: { customer, flag, flagged: action === 'flag' } };
}

/** `WOW moment #3 for +972541234567, credited to dana`. */
export function wowRecorded(wow: { id: number; customer: string; text: string; agent?: string; call?: string }, words: Messages): Confirmation {
  return {
    text: wow.agent === undefined ? words.t('confirm.wow.recorded', { id: wow.id, customer: wow.customer }) : words.t('confirm.wow.recordedCredited', { id: wow.id, customer: wow.customer, agent: wow.agent }),
    id: wow.id,
    json: { id: wow.id, customer: wow.customer, text: wow.text, agent: wow.agent ?? null, call: wow.call ?? null },
  };
}
