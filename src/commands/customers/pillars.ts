import { customerPillars } from '../../core/customers/pillars.js';
import type { Period } from '../../core/time/period.js';
import { pillarRows } from '../../io/render/customers.js';
import { renderRows } from '../../io/render/index.js';
import type { CommandContext } from '../context.js';
import { customerClock, endOfDay, startOfDay } from '../customer-clock.js';
import { periods, type PeriodOptions } from './periods.js';

export function run(context: CommandContext, options: PeriodOptions) {
  return context.readSession(options, (session) => {
    const db = session.store;
    const clock = customerClock(session);
    const { period, earlier } = periods(options, clock, session.settings.week_start);
    const span = (p: Period) => ({ fromAt: startOfDay(p.fromDay, clock.zone), toAt: endOfDay(p.toDay, clock.zone) });
    const pillars = customerPillars(db, { period: span(period), previous: span(earlier), zone: clock.zone, rules: clock.rules });
    const format = options.format ?? 'table';
    context.out(renderRows(format, pillarRows(pillars, format), context.terminal({})));
  });
}
