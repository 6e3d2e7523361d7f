import { findDefectors } from '../../core/customers/defectors.js';
import { loadCustomerRecords } from '../../core/customers/load-records.js';
import { parseDay } from '../../core/time/period.js';
import { defectorsView } from '../../io/render/views/customer-lists.js';
import type { CommandContext } from '../context.js';
import { customerClock, startOfDay } from '../customer-clock.js';
import { isoFromDay } from '../../core/time/calendar.js';
import { printList, type ListOptions } from '../print-rows.js';

export function run(context: CommandContext, options: ListOptions & { since?: string; asOf?: string }) {
  return context.readSession(options, async (session) => {
    const db = session.store;
    const clock = customerClock(session, options.asOf);
    const sinceAt = options.since === undefined ? undefined : startOfDay(parseDay(options.since, clock.today, '--since'), clock.zone);
    const defectors = findDefectors(loadCustomerRecords(db, clock).values(), clock.rules, clock.asOf, sinceAt);
    await printList(context, options, defectorsView(`Silent defectors, as of ${isoFromDay(clock.today)}`, defectors, clock.zone));
  });
}
