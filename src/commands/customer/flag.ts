import type { Command } from 'commander';
import { changeFlag } from '../../core/customers/customer-changes.js';
import type { CommandContext } from '../context.js';
import { customerFlagChanged } from '../../io/render/views/confirmations/customers.js';
import { who, type WhoOptions } from './who.js';
import { sessionMessages } from '../session-language.js';

/** `svc customer flag` and `svc customer unflag`: the command's own name says which. */
export function run(context: CommandContext, id: string, flag: string, options: WhoOptions, command: Command) {
  const action = command.name() === 'flag' ? 'flag' : 'unflag';
  return context.withSession(options, (session) => {
    const db = session.store;
    const key = changeFlag(db, id, flag, action, who(session, options));
    context.confirm(options, customerFlagChanged(key, flag, action, sessionMessages(options.lang, session.settings, context.io)));
  });
}
