import { unmergeCustomers } from '../../core/customers/customer-changes.js';
import type { CommandContext } from '../context.js';
import { customerClock } from '../customer-clock.js';
import { who, type WhoOptions } from './who.js';

export function run(context: CommandContext, id: string, other: string, options: WhoOptions) {
  return context.withStore(options, (db) => {
    unmergeCustomers(db, id, other, who(context, options, customerClock(db, context.io).now));
    context.err(`${other} is its own customer again\n`);
  });
}
