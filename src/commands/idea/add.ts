import { addIdea } from '../../core/listening/ideas.js';
import type { CommandContext } from '../context.js';
import { ledgerClock, operatingUser } from '../ledger-clock.js';
import type { CommonOptions } from '../options.js';

export function run(context: CommandContext, text: string, options: CommonOptions & { by: string }) {
  return context.withStore(options, (db) => {
    const clock = ledgerClock(db, context.io);
    context.out(`${addIdea(db, { author: options.by, idea: text }, { now: clock.now, by: operatingUser(context.io) })}\n`);
  });
}
