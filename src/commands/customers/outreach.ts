import { loadCustomerRecords } from '../../core/customers/load-records.js';
import { outreachList } from '../../core/customers/outreach.js';
import { outreachView } from '../../io/render/views/customer-lists.js';
import type { CommandContext } from '../context.js';
import { customerClock } from '../customer-clock.js';
import { isoFromDay } from '../../core/time/calendar.js';
import { printList, type ListOptions } from '../print-rows.js';

export function run(context: CommandContext, options: ListOptions & { asOf?: string }) {
  return context.readSession(options, async (session) => {
    const db = session.store;
    const clock = customerClock(session, options.asOf);
    const rows = outreachList(loadCustomerRecords(db, clock).values(), clock.rules, clock.asOf);
    await printList(context, { ...options, format: options.format ?? 'csv' }, outreachView(`Whom to call, as of ${isoFromDay(clock.today)}`, rows, clock.zone));
  });
}
