import type { ComplaintChange } from '../../core/complaints/change.js';
import { changeComplaint } from '../../core/complaints/ledger.js';
import { optionalText } from '../../core/ledger/text.js';
import { localTime } from '../../io/render/instant.js';
import type { CommandContext } from '../context.js';
import { changedAt, entryId } from '../ledger-command.js';
import type { CommonOptions } from '../options.js';

export type ChangeOptions = CommonOptions & { by?: string; at?: string; note?: string; to?: string; resolution?: string; rootCause?: string };

/** Adds one change to a complaint's story and says what it now is. */
export function append(context: CommandContext, id: string, options: ChangeOptions, change: ComplaintChange) {
  return context.withSession(options, ({ store: db, clock, user }) => {
    const at = changedAt(options.at, clock);
    const story = changeComplaint(db, entryId(id, 'complaint'), change, options.by ?? user, at, (time) => localTime(time, clock.zone), clock.writtenAt);
    context.err(`Complaint ${story.complaint.id}: ${change.kind === 'note' ? 'note added' : change.kind === 'assign' ? `assigned to ${change.assignee}` : story.state.status}\n`);
  });
}

export const note = (options: ChangeOptions) => optionalText(options.note);
