import { recordWow } from '../../core/customers/customer-changes.js';
import type { CommandContext } from '../context.js';
import { who, type WhoOptions } from './who.js';

export function run(context: CommandContext, id: string, text: string, options: WhoOptions & { agent?: string; call?: string }) {
  return context.withSession(options, (session) => {
    const db = session.store;
    const wow = recordWow(db, id, text, { ...who(session, options), agent: options.agent, call: options.call });
    context.out(`${wow}\n`);
  });
}
