import { loadCustomerRecords } from '../../core/customers/load-records.js';
import { outreachList } from '../../core/customers/outreach.js';
import { outreachRows } from '../../io/render/customers.js';
import type { CommandContext } from '../context.js';
import { customerClock } from '../customer-clock.js';
import { isoFromDay } from '../../core/time/calendar.js';
import { printRows, type ListOptions } from '../print-rows.js';

export function run(context: CommandContext, options: ListOptions & { asOf?: string }) {
  return context.readSession(options, async (session) => {
    const db = session.store;
    const clock = customerClock(session, options.asOf);
    const rows = outreachList(loadCustomerRecords(db, clock).values(), clock.rules, clock.asOf);
    await printRows(context, { ...options, format: options.format ?? 'csv' }, `Whom to call, as of ${isoFromDay(clock.today)}`, (format) => outreachRows(rows, clock.zone, format));
  });
}
