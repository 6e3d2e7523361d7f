import type { Kind } from '../../core/customers/assess.js';
import { listCustomers, type CustomerSort } from '../../core/customers/customer-list.js';
import { explainRules } from '../../core/customers/explain.js';
import { UserError } from '../../errors.js';
import { customerListView } from '../../io/render/views/customer-lists.js';
import { listDocument } from '../../io/render/views/list-page.js';
import type { CommandContext } from '../context.js';
import { customerClock } from '../customer-clock.js';
import { isoFromDay } from '../../core/time/calendar.js';
import { printList, type ListOptions } from '../print-rows.js';

export function run(context: CommandContext, options: ListOptions & { kind?: Kind; asOf?: string; sort: CustomerSort; limit?: string; explain?: boolean }) {
  return context.readSession(options, async (session) => {
    const db = session.store;
    const clock = customerClock(session, options.asOf);
    if (options.explain) {
      const rows = explainRules(clock.rules).map((line) => ({ ...line }));
      const columns = [
        { key: 'rule', header: 'rule' },
        { key: 'value', header: 'value' },
        { key: 'setting', header: 'setting' },
      ];
      return printList(context, options, listDocument('Customer rules in force', { columns, rows }));
    }
    const limit = options.limit === undefined ? undefined : Number(options.limit);
    if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) throw new UserError(`--limit must be a whole number >= 1, not "${options.limit}"`);
    const list = listCustomers(db, { ...clock, kind: options.kind, sort: options.sort, limit });
    await printList(context, options, customerListView(`Customers${options.kind ? `: ${options.kind}` : ''}, as of ${isoFromDay(clock.today)}`, list, clock.zone));
  });
}
