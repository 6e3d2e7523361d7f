import { parseDay, previousPeriod, resolvePeriod, type Period } from '../../core/time/period.js';
import { UserError } from '../../errors.js';
import type { CustomerClock } from '../customer-clock.js';
import type { CommonOptions, PeriodFlags } from '../options.js';

export type PeriodOptions = CommonOptions & PeriodFlags & { versus?: string };

/** The period asked for, and the one it is compared with. */
export function periods(options: PeriodOptions, clock: CustomerClock, weekStart: Parameters<typeof resolvePeriod>[2]): { period: Period; earlier: Period } {
  const period = resolvePeriod(options, clock.today, weekStart, 'monthly');
  if (options.versus === undefined) return { period, earlier: previousPeriod(period) };
  const [from, to, extra] = options.versus.split(':');
  if (from === undefined || to === undefined || extra !== undefined) throw new UserError(`--versus "${options.versus}" is not FROM:TO`, 'for example --versus 2026-10-01:2026-10-31');
  const earlier = { fromDay: parseDay(from, clock.today, '--versus'), toDay: parseDay(to, clock.today, '--versus'), kind: 'custom' as const };
  if (earlier.fromDay > earlier.toDay) throw new UserError(`--versus ${options.versus}: the first day is after the last`);
  return { period, earlier };
}
