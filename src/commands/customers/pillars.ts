import { customerPillars } from '../../core/customers/pillars.js';
import type { Period } from '../../core/time/period.js';
import { pillarsView } from '../../io/render/views/customer-lists.js';
import type { CommandContext } from '../context.js';
import { customerClock, endOfDay, startOfDay } from '../customer-clock.js';
import { printList } from '../print-rows.js';
import { describeSpan, periods, type PeriodOptions } from './periods.js';

export function run(context: CommandContext, options: PeriodOptions) {
  return context.readSession(options, async (session) => {
    const db = session.store;
    const clock = customerClock(session);
    const { period, earlier } = periods(options, clock, session.settings.week_start);
    const span = (p: Period) => ({ fromAt: startOfDay(p.fromDay, clock.zone), toAt: endOfDay(p.toDay, clock.zone) });
    const pillars = customerPillars(db, { period: span(period), previous: span(earlier), zone: clock.zone, rules: clock.rules });
    await printList(context, options, pillarsView(`Attract, keep, win back: ${describeSpan(period)} against ${describeSpan(earlier)}`, pillars));
  });
}
