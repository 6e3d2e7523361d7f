import { recordWow } from '../../core/customers/customer-changes.js';
import type { CommandContext } from '../context.js';
import { wowRecorded } from '../../io/render/views/confirmations/customers.js';
import { who, type WhoOptions } from './who.js';
import { sessionMessages } from '../session-language.js';

export function run(context: CommandContext, id: string, text: string, options: WhoOptions & { agent?: string; call?: string }) {
  return context.withSession(options, (session) => {
    const db = session.store;
    const wow = recordWow(db, id, text, { ...who(session, options), agent: options.agent, call: options.call });
    context.confirm(options, wowRecorded({ ...wow, text, agent: options.agent, call: options.call }, sessionMessages(options.lang, session.settings, context.io)));
  });
}
