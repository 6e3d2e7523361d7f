import { readCommitments } from '../../db/commitments.js';
import type { Store } from '../../db/open.js';
import { commitmentState } from './commitment.js';
import type { CommitmentStory } from './ledger.js';

export interface CommitmentFilter {
  open?: boolean;
  overdue?: boolean;
  /** Due in force before this instant. */
  dueBefore?: number;
  customer?: string;
  owner?: string;
}

/** Commitments in the order they were made, each with the state its events add up to now. */
export function listCommitments(db: Store, filter: CommitmentFilter, now: number): CommitmentStory[] {
  return readCommitments(db, { customer: filter.customer, owner: filter.owner })
    .map(({ commitment, events }) => ({ commitment, events, state: commitmentState(commitment, events, now) }))
    .filter(({ state }) => !filter.open || state.status === 'open')
    .filter(({ state }) => !filter.overdue || state.overdue)
    .filter(({ state }) => filter.dueBefore === undefined || state.currentDueAt < filter.dueBefore);
}

/** Open commitments past their due, the longest overdue first. */
export function overdueCommitments(db: Store, now: number): CommitmentStory[] {
  return listCommitments(db, { overdue: true }, now).sort((a, b) => a.state.currentDueAt - b.state.currentDueAt || a.commitment.id - b.commitment.id);
}
