import { complaintStory, recordComplaint } from '../../core/complaints/ledger.js';
import { complaintAdded } from '../../io/render/views/confirmations/complaints.js';
import { newComplaint } from '../../core/complaints/new-complaint.js';
import type { CommandContext } from '../context.js';
import { optionLabel } from '../ledger-command.js';
import type { WriteOptions } from '../options.js';
import { sessionMessages } from '../session-language.js';

export function run(context: CommandContext, description: string, options: WriteOptions & Record<string, string | undefined>) {
  return context.withSession(options, ({ store: db, clock, user, settings }) => {
    const id = recordComplaint(db, newComplaint({ ...options, receivedAt: options.at, description }, { ...clock, by: user, label: optionLabel }));
    context.confirm(options, complaintAdded(complaintStory(db, id, clock.now), clock.zone, clock.now, sessionMessages(options.lang, settings, context.io)));
  });
}
