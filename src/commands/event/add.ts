import { addServiceEvent, type EventKind } from '../../core/listening/events.js';
import type { CommandContext } from '../context.js';
import type { CommonOptions } from '../options.js';

export function run(context: CommandContext, description: string, options: CommonOptions & { from: string; to: string; kind: EventKind }) {
  return context.withSession(options, ({ store: db, clock, user }) => {
    context.out(`${addServiceEvent(db, { ...options, description }, { ...clock, by: user })}\n`);
  });
}
