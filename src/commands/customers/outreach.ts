import { loadCustomerRecords } from '../../core/customers/load-records.js';
import { outreachList } from '../../core/customers/outreach.js';
import { outreachRows } from '../../io/render/customers.js';
import { renderRows } from '../../io/render/index.js';
import type { CommandContext } from '../context.js';
import { customerClock } from '../customer-clock.js';
import type { CommonOptions } from '../options.js';

export function run(context: CommandContext, options: CommonOptions & { asOf?: string }) {
  return context.readSession(options, (session) => {
    const db = session.store;
    const clock = customerClock(session, options.asOf);
    const rows = outreachList(loadCustomerRecords(db, clock).values(), clock.rules, clock.asOf);
    const format = options.format ?? 'csv';
    context.out(renderRows(format, outreachRows(rows, clock.zone, format), context.terminal({})));
  });
}
