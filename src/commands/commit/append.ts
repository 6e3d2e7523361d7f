import type { CommitmentChange } from '../../core/commitments/change.js';
import { changeCommitment } from '../../core/commitments/ledger.js';
import { localTime } from '../../io/render/instant.js';
import type { CommandContext } from '../context.js';
import type { LedgerClock } from '../session.js';
import { changedAt, entryId } from '../ledger-command.js';
import type { CommonOptions } from '../options.js';

export type ChangeOptions = CommonOptions & { note?: string; due?: string; by?: string; at?: string };

/** Adds one change to a commitment's story and says what it now is. */
export function append(context: CommandContext, id: string, options: ChangeOptions, change: (clock: LedgerClock) => CommitmentChange) {
  return context.withSession(options, ({ store: db, clock, user }) => {
    const at = changedAt(options.at, clock);
    const story = changeCommitment(db, entryId(id, 'commitment'), change(clock), options.by ?? user, at, (time) => localTime(time, clock.zone), clock.writtenAt);
    const last = story.events.at(-1)!;
    context.err(`Commitment ${story.commitment.id}: ${last.kind === 'note' ? 'note added' : last.kind === 'extend' ? 'extended' : story.state.status}\n`);
  });
}
