import { addIdea } from '../../core/listening/ideas.js';
import type { CommandContext } from '../context.js';
import type { CommonOptions } from '../options.js';

export function run(context: CommandContext, text: string, options: CommonOptions & { by: string }) {
  return context.withSession(options, ({ store: db, clock, user }) => {
    context.out(`${addIdea(db, { author: options.by, idea: text }, { now: clock.now, by: user })}\n`);
  });
}
