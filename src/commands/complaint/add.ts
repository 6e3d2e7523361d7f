import { recordComplaint } from '../../core/complaints/ledger.js';
import { newComplaint } from '../../core/complaints/new-complaint.js';
import type { CommandContext } from '../context.js';
import { optionLabel } from '../ledger-command.js';
import type { CommonOptions } from '../options.js';

export function run(context: CommandContext, description: string, options: CommonOptions & Record<string, string | undefined>) {
  return context.withSession(options, ({ store: db, clock, user }) => {
    const id = recordComplaint(db, newComplaint({ ...options, receivedAt: options.at, description }, { ...clock, by: user, label: optionLabel }));
    context.out(`${id}\n`);
  });
}
