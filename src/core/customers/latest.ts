/**
 * Where a fact stands among the customer's facts of the same instant, so "the latest" is one
 * answer however the facts were read: calls before promises before survey answers, then by a
 * text (a call's event and id, a ledger entry's zero-padded id).
 */
export interface Standing {
  at: number;
  source: 0 | 1 | 2;
  tie: string;
}

export const FROM_CALL = 0;
export const FROM_PROMISE = 1;
export const FROM_SURVEY = 2;

export function callTie(event: string, callKey: string): string {
  return `${event}\u0000${callKey}`;
}

export function ledgerTie(id: number): string {
  return String(id).padStart(16, '0');
}

/** Whether `a` comes at or after `b` (a missing `b` comes before everything). */
export function atOrAfter(a: Standing, b: Standing | null): boolean {
  if (b === null) return true;
  if (a.at !== b.at) return a.at > b.at;
  if (a.source !== b.source) return a.source > b.source;
  return a.tie >= b.tie;
}
