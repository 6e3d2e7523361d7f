import { mergeCustomers } from '../../core/customers/customer-changes.js';
import type { CommandContext } from '../context.js';
import { customersMerged } from '../../io/render/views/confirmations/customers.js';
import { who, type WhoOptions } from './who.js';
import { sessionMessages } from '../session-language.js';

export function run(context: CommandContext, id: string, other: string, options: WhoOptions) {
  return context.withSession(options, (session) => {
    const db = session.store;
    const merged = mergeCustomers(db, id, other, who(session, options));
    context.confirm(options, customersMerged(merged.customer, merged.other, sessionMessages(options.lang, session.settings, context.io)));
  });
}
