import type { ComplaintChange } from '../../core/complaints/change.js';
import { changeComplaint } from '../../core/complaints/ledger.js';
import { optionalText } from '../../core/ledger/text.js';
import { localTime } from '../../io/render/instant.js';
import type { CommandContext } from '../context.js';
import { changedAt, entryId } from '../ledger-command.js';
import type { WriteOptions } from '../options.js';
import { complaintChanged } from '../../io/render/views/confirmations/complaints.js';
import { sessionMessages } from '../session-language.js';

export type ChangeOptions = WriteOptions & { by?: string; at?: string; note?: string; to?: string; resolution?: string; rootCause?: string };

/** Adds one change to a complaint's story and says what it now is. */
export function append(context: CommandContext, id: string, options: ChangeOptions, change: ComplaintChange) {
  return context.withSession(options, ({ store: db, clock, user, settings }) => {
    const at = changedAt(options.at, clock);
    const story = changeComplaint(db, entryId(id, 'complaint'), change, options.by ?? user, at, (time) => localTime(time, clock.zone), clock.writtenAt);
    context.confirm(options, complaintChanged(story, change, clock.zone, sessionMessages(options.lang, settings, context.io)));
  });
}

export const note = (options: ChangeOptions) => optionalText(options.note);
