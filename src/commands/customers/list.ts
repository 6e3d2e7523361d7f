import type { Kind } from '../../core/customers/assess.js';
import { listCustomers, type CustomerSort } from '../../core/customers/customer-list.js';
import { explainRules } from '../../core/customers/explain.js';
import { UserError } from '../../errors.js';
import { customerListRows } from '../../io/render/customers.js';
import { renderRows } from '../../io/render/index.js';
import type { CommandContext } from '../context.js';
import { customerClock } from '../customer-clock.js';
import type { CommonOptions } from '../options.js';

export function run(context: CommandContext, options: CommonOptions & { kind?: Kind; asOf?: string; sort: CustomerSort; limit?: string; explain?: boolean }) {
  return context.readSession(options, (session) => {
    const db = session.store;
    const clock = customerClock(session, options.asOf);
    const format = options.format ?? 'table';
    if (options.explain) {
      const rows = explainRules(clock.rules).map((line) => ({ ...line }));
      const columns = [
        { key: 'rule', header: 'rule' },
        { key: 'value', header: 'value' },
        { key: 'setting', header: 'setting' },
      ];
      context.out(renderRows(format, { columns, rows }, context.terminal({})));
      return;
    }
    const limit = options.limit === undefined ? undefined : Number(options.limit);
    if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) throw new UserError(`--limit must be a whole number >= 1, not "${options.limit}"`);
    const list = listCustomers(db, { ...clock, kind: options.kind, sort: options.sort, limit });
    context.out(renderRows(format, customerListRows(list, clock.zone, format), context.terminal({})));
  });
}
