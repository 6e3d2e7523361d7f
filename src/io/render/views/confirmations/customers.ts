import type { Confirmation } from './confirmation.js';

/** `0541234567 is now read as +972541234567`. */
export function customersMerged(customer: string, other: string): Confirmation {
  return { text: `${other} is now read as ${customer}`, id: null, json: { customer, other, merged: true } };
}

export function customersUnmerged(customer: string, other: string): Confirmation {
  return { text: `${other} is its own customer again`, id: null, json: { customer, other, merged: false } };
}

/** `+972541234567 flagged do-not-contact`. */
export function customerFlagChanged(customer: string, flag: string, action: 'flag' | 'unflag'): Confirmation {
  return { text: `${customer} ${action === 'flag' ? 'flagged' : 'unflagged'} ${flag}`, id: null, json: { customer, flag, flagged: action === 'flag' } };
}

/** `WOW moment #3 for +972541234567, credited to dana`. */
export function wowRecorded(wow: { id: number; customer: string; text: string; agent?: string; call?: string }): Confirmation {
  const credited = wow.agent === undefined ? '' : `, credited to ${wow.agent}`;
  return {
    text: `WOW moment #${wow.id} for ${wow.customer}${credited}`,
    id: wow.id,
    json: { id: wow.id, customer: wow.customer, text: wow.text, agent: wow.agent ?? null, call: wow.call ?? null },
  };
}
