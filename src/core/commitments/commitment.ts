import type { Channel } from '../ledger/channel.js';

/** A promise as it was written down: never changed afterwards. Instants are unix seconds, UTC. */
export interface Commitment {
  id: number;
  externalId: string | null;
  /** Null for a commitment of the organisation itself (e.g. a strategy from a review). */
  customer: string | null;
  /** Verbatim. */
  promise: string;
  /** The original due: extensions never move it, and it is the one measured. */
  dueAt: number;
  owner: string | null;
  callId: string | null;
  channel: Channel | null;
  madeAt: number;
  madeBy: string;
  /** When it was really written here (the computer's clock, never SVC_NOW); madeAt is when it was promised. */
  recordedAt: number;
}

export const COMMITMENT_EVENT_KINDS = ['keep', 'break', 'cancel', 'extend', 'note'] as const;
export type CommitmentEventKind = (typeof COMMITMENT_EVENT_KINDS)[number];

export interface CommitmentEvent {
  id: number;
  commitmentId: number;
  kind: CommitmentEventKind;
  at: number;
  by: string;
  note: string | null;
  /** The new due of an extension. */
  dueAt: number | null;
  /** When it was really written (the computer's clock); null for entries written before svc kept it. */
  recordedAt: number | null;
}

export type CommitmentStatus = 'open' | 'kept' | 'broken' | 'cancelled';

export interface CommitmentState {
  status: CommitmentStatus;
  /** The due in force: the latest extension's, else the original. */
  currentDueAt: number;
  /** When it was kept, broken or cancelled. */
  endedAt: number | null;
  /** Open and past the due in force. */
  overdue: boolean;
  /** Kept by the original due; null unless kept. */
  keptOnTime: boolean | null;
  /** Seconds after the original due that a late one was kept; null unless kept late. */
  lateByS: number | null;
}

const ENDINGS: Partial<Record<CommitmentEventKind, CommitmentStatus>> = { keep: 'kept', break: 'broken', cancel: 'cancelled' };

/** The state a commitment's events add up to, as of `now` (events after it are not yet known). */
export function commitmentState(commitment: Commitment, events: readonly CommitmentEvent[], now: number): CommitmentState {
  let status: CommitmentStatus = 'open';
  let currentDueAt = commitment.dueAt;
  let endedAt: number | null = null;
  for (const event of events) {
    if (event.at > now) continue;
    const ending = ENDINGS[event.kind];
    if (ending && status === 'open') {
      status = ending;
      endedAt = event.at;
    }
    if (event.kind === 'extend' && event.dueAt !== null) currentDueAt = event.dueAt;
  }
  const kept = status === 'kept' && endedAt !== null;
  return {
    status,
    currentDueAt,
    endedAt,
    overdue: status === 'open' && now > currentDueAt,
    keptOnTime: kept ? endedAt! <= commitment.dueAt : null,
    lateByS: kept && endedAt! > commitment.dueAt ? endedAt! - commitment.dueAt : null,
  };
}
