import { customerMovement } from '../../core/customers/movement.js';
import { movementRows } from '../../io/render/customers.js';
import { renderRows } from '../../io/render/index.js';
import type { CommandContext } from '../context.js';
import { customerClock, endOfDay } from '../customer-clock.js';
import { periods, type PeriodOptions } from './periods.js';

export function run(context: CommandContext, options: PeriodOptions) {
  return context.readSession(options, (session) => {
    const db = session.store;
    const clock = customerClock(session);
    const { period, earlier } = periods(options, clock, session.settings.week_start);
    const movement = customerMovement(db, { earlierEnd: endOfDay(earlier.toDay, clock.zone), laterEnd: endOfDay(period.toDay, clock.zone), zone: clock.zone, rules: clock.rules });
    context.out(renderRows(options.format ?? 'table', movementRows(movement), context.terminal({})));
  });
}
