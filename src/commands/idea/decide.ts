import type { Command } from 'commander';
import { optionalText } from '../../core/ledger/text.js';
import { decideIdea } from '../../core/listening/ideas.js';
import { UserError } from '../../errors.js';
import type { CommandContext } from '../context.js';
import type { WriteOptions } from '../options.js';
import { ideaDecided } from '../../io/render/views/confirmations/listening.js';
import { sessionMessages } from '../session-language.js';

/** `svc idea adopt` and `svc idea decline`: the command's own name says which. */
export function run(context: CommandContext, id: string, options: WriteOptions & { note?: string }, command: Command) {
  const status = command.name() === 'adopt' ? 'adopted' : 'declined';
  return context.withSession(options, ({ store: db, clock, user, settings }) => {
    if (!/^\d+$/.test(id.trim())) throw new UserError(`"${id}" is not an idea id`, 'svc idea list shows them');
    const decided = decideIdea(db, Number(id), status, { now: clock.now, by: user, note: optionalText(options.note) });
    context.confirm(options, ideaDecided(decided, clock.zone, sessionMessages(options.lang, settings, context.io)));
  });
}
