import { unmergeCustomers } from '../../core/customers/customer-changes.js';
import type { CommandContext } from '../context.js';
import { customersUnmerged } from '../../io/render/views/confirmations/customers.js';
import { who, type WhoOptions } from './who.js';
import { sessionMessages } from '../session-language.js';

export function run(context: CommandContext, id: string, other: string, options: WhoOptions) {
  return context.withSession(options, (session) => {
    const db = session.store;
    unmergeCustomers(db, id, other, who(session, options));
    context.confirm(options, customersUnmerged(id, other, sessionMessages(options.lang, session.settings, context.io)));
  });
}
