import { findDefectors } from '../../core/customers/defectors.js';
import { loadCustomerRecords } from '../../core/customers/load-records.js';
import { parseDay } from '../../core/time/period.js';
import { defectorRows } from '../../io/render/customers.js';
import { renderRows } from '../../io/render/index.js';
import type { CommandContext } from '../context.js';
import { customerClock, startOfDay } from '../customer-clock.js';
import type { CommonOptions } from '../options.js';

export function run(context: CommandContext, options: CommonOptions & { since?: string; asOf?: string }) {
  return context.readSession(options, (session) => {
    const db = session.store;
    const clock = customerClock(session, options.asOf);
    const sinceAt = options.since === undefined ? undefined : startOfDay(parseDay(options.since, clock.today, '--since'), clock.zone);
    const defectors = findDefectors(loadCustomerRecords(db, clock).values(), clock.rules, clock.asOf, sinceAt);
    const format = options.format ?? 'table';
    context.out(renderRows(format, defectorRows(defectors, clock.zone, format), context.terminal({})));
  });
}
