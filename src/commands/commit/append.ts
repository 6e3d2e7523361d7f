import type { CommitmentChange } from '../../core/commitments/change.js';
import { changeCommitment } from '../../core/commitments/ledger.js';
import { localTime } from '../../io/render/instant.js';
import type { CommandContext } from '../context.js';
import type { LedgerClock } from '../session.js';
import { changedAt, entryId } from '../ledger-command.js';
import type { WriteOptions } from '../options.js';
import { commitmentChanged } from '../../io/render/views/confirmations/commitments.js';
import { sessionMessages } from '../session-language.js';

export type ChangeOptions = WriteOptions & { note?: string; due?: string; by?: string; at?: string };

/** Adds one change to a commitment's story and says what it now is. */
export function append(context: CommandContext, id: string, options: ChangeOptions, change: (clock: LedgerClock) => CommitmentChange) {
  return context.withSession(options, ({ store: db, clock, user, settings }) => {
    const at = changedAt(options.at, clock);
    const story = changeCommitment(db, entryId(id, 'commitment'), change(clock), options.by ?? user, at, (time) => localTime(time, clock.zone), clock.writtenAt);
    context.confirm(options, commitmentChanged(story, clock.zone, clock.now, sessionMessages(options.lang, settings, context.io)));
  });
}
