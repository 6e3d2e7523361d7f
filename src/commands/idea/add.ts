import { addIdea } from '../../core/listening/ideas.js';
import type { CommandContext } from '../context.js';
import type { WriteOptions } from '../options.js';
import { ideaAdded } from '../../io/render/views/confirmations/listening.js';
import { sessionMessages } from '../session-language.js';

export function run(context: CommandContext, text: string, options: WriteOptions & { by: string }) {
  return context.withSession(options, ({ store: db, clock, user, settings }) => {
    const id = addIdea(db, { author: options.by, idea: text }, { now: clock.now, by: user });
    context.confirm(options, ideaAdded({ id, author: options.by.trim(), idea: text }, sessionMessages(options.lang, settings, context.io)));
  });
}
