import { UserError } from '../../errors.js';
import type { Commitment, CommitmentState } from './commitment.js';

/** A later entry on a commitment: the only way anything about it changes. */
export type CommitmentChange =
  | { kind: 'keep'; note: string | null }
  | { kind: 'break'; note: string }
  | { kind: 'cancel'; note: string }
  | { kind: 'extend'; dueAt: number; note: string }
  | { kind: 'note'; note: string };

const VERB: Record<CommitmentChange['kind'], string> = { keep: 'kept', break: 'broken', cancel: 'cancelled', extend: 'extended', note: 'noted' };

/** Refuses a change that does not fit the commitment's state; a note fits every state. */
export function assertChangeFits(commitment: Commitment, state: CommitmentState, change: CommitmentChange): void {
  if (change.kind === 'note') return;
  if (state.status !== 'open') {
    throw new UserError(
      `commitment ${commitment.id} is ${state.status}: it cannot be ${VERB[change.kind]} now`,
      `a ${state.status} commitment is final; add a note instead: svc commit note ${commitment.id} TEXT`,
    );
  }
  if (change.kind === 'extend' && change.dueAt <= state.currentDueAt) {
    throw new UserError(`the new due of commitment ${commitment.id} is not after its current due`, 'an extension moves the due later');
  }
}
