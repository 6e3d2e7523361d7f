import { customerMovement } from '../../core/customers/movement.js';
import { movementView } from '../../io/render/views/customer-lists.js';
import type { CommandContext } from '../context.js';
import { customerClock, endOfDay } from '../customer-clock.js';
import { printList } from '../print-rows.js';
import { describeSpan, periods, type PeriodOptions } from './periods.js';

export function run(context: CommandContext, options: PeriodOptions) {
  return context.readSession(options, async (session) => {
    const db = session.store;
    const clock = customerClock(session);
    const { period, earlier } = periods(options, clock, session.settings.week_start);
    const movement = customerMovement(db, { earlierEnd: endOfDay(earlier.toDay, clock.zone), laterEnd: endOfDay(period.toDay, clock.zone), zone: clock.zone, rules: clock.rules });
    await printList(context, options, movementView(`Customer movement: kinds at the end of ${describeSpan(earlier)} (rows) and of ${describeSpan(period)} (columns)`, movement));
  });
}
