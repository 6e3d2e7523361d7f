import { addServiceEvent, type EventKind } from '../../core/listening/events.js';
import type { CommandContext } from '../context.js';
import { ledgerClock, operatingUser } from '../ledger-clock.js';
import type { CommonOptions } from '../options.js';

export function run(context: CommandContext, description: string, options: CommonOptions & { from: string; to: string; kind: EventKind }) {
  return context.withStore(options, (db) => {
    const clock = ledgerClock(db, context.io);
    context.out(`${addServiceEvent(db, { ...options, description }, { ...clock, by: operatingUser(context.io) })}\n`);
  });
}
