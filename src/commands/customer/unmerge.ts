import { unmergeCustomers } from '../../core/customers/customer-changes.js';
import type { CommandContext } from '../context.js';
import { who, type WhoOptions } from './who.js';

export function run(context: CommandContext, id: string, other: string, options: WhoOptions) {
  return context.withSession(options, (session) => {
    const db = session.store;
    unmergeCustomers(db, id, other, who(session, options));
    context.err(`${other} is its own customer again\n`);
  });
}
