/**
 * People write times to the minute, so an entry dated up to a minute before it was written is
 * not back-dated; one dated earlier than that is, whether by --at, an imported date or SVC_NOW.
 */
const SLACK_S = 60;

/** Whether an entry dated `at` was written (at `recordedAt`, the computer's clock) later than that. */
export function isBackDated(at: number, recordedAt: number | null): boolean {
  return recordedAt !== null && recordedAt - at > SLACK_S;
}

/** Whether any entry of a ledger story (the entry itself or a later event) is back-dated. */
export function anyBackDated(first: { at: number; recordedAt: number | null }, events: readonly { at: number; recordedAt: number | null }[]): boolean {
  return [first, ...events].some((entry) => isBackDated(entry.at, entry.recordedAt));
}
