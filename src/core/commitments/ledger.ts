import { UserError } from '../../errors.js';
import { insertCommitment, insertCommitmentEvent, readCommitment, readCommitmentEvents } from '../../db/commitments.js';
import type { Store } from '../../db/open.js';
import { writeTransaction } from '../../db/write-lock.js';
import { assertInOrder, utcTime } from '../ledger/in-order.js';
import { assertChangeFits, type CommitmentChange } from './change.js';
import { commitmentState, type Commitment, type CommitmentEvent, type CommitmentState } from './commitment.js';

export interface CommitmentStory {
  commitment: Commitment;
  events: CommitmentEvent[];
  state: CommitmentState;
}

/** Writes a new promise once; returns its id. */
export function recordCommitment(db: Store, entry: Omit<Commitment, 'id'>): number {
  return insertCommitment(db, entry);
}

export function commitmentStory(db: Store, id: number, now: number): CommitmentStory {
  const commitment = readCommitment(db, id);
  if (!commitment) throw new UserError(`no commitment ${id}`, 'svc commit list shows the ids');
  const events = readCommitmentEvents(db, id);
  return { commitment, events, state: commitmentState(commitment, events, now) };
}

/**
 * Appends one change dated `at`, if it fits the commitment's state; nothing is written when it
 * does not. `writtenAt` is when it is really written (the computer's clock).
 */
export function changeCommitment(db: Store, id: number, change: CommitmentChange, by: string, at: number, showTime = utcTime, writtenAt = at): CommitmentStory {
  return writeTransaction(db, 'ledger', () => {
    // Judged on every entry, even one a clock running behind would place after `now`.
    const story = commitmentStory(db, id, Number.MAX_SAFE_INTEGER);
    assertChangeFits(story.commitment, story.state, change);
    assertInOrder(`commitment ${id}`, Math.max(story.commitment.madeAt, ...story.events.map((event) => event.at)), at, showTime);
    insertCommitmentEvent(db, {
      commitmentId: id,
      kind: change.kind,
      at,
      by,
      note: change.note,
      dueAt: change.kind === 'extend' ? change.dueAt : null,
      recordedAt: writtenAt,
    });
    return commitmentStory(db, id, at);
  });
}
