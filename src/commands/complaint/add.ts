import { recordComplaint } from '../../core/complaints/ledger.js';
import { newComplaint } from '../../core/complaints/new-complaint.js';
import type { CommandContext } from '../context.js';
import { ledgerClock, operatingUser } from '../ledger-clock.js';
import { optionLabel } from '../ledger-command.js';
import type { CommonOptions } from '../options.js';

export function run(context: CommandContext, description: string, options: CommonOptions & Record<string, string | undefined>) {
  return context.withStore(options, (db) => {
    const clock = ledgerClock(db, context.io);
    const id = recordComplaint(db, newComplaint({ ...options, receivedAt: options.at, description }, { ...clock, by: operatingUser(context.io), label: optionLabel }));
    context.out(`${id}\n`);
  });
}
