import { UserError } from '../../errors.js';
import { addMonths, dayFromIso, firstDayOfMonth, isoFromDay, weekStartOf, type Weekday } from './calendar.js';
import { isPhrase, parseNatural } from './natural.js';
import { parseRelative } from './relative.js';

/** Inclusive range of wall-clock day numbers. */
export interface Period {
  fromDay: number;
  toDay: number;
  kind: 'daily' | 'weekly' | 'monthly' | 'custom';
}

export interface PeriodOptions {
  daily?: boolean;
  weekly?: boolean;
  monthly?: boolean;
  from?: string;
  to?: string;
}

/**
 * A day as a person writes it: ISO `2026-11-22`, `today`, `yesterday`, `tomorrow`, a relative
 * form with its direction (`-7d`, `7d ago`, `-2w`, `in 3d`), or a phrase ("last monday").
 */
export function parseDay(text: string, today: number, what = 'date'): number {
  const value = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (value === 'today') return today;
  if (value === 'yesterday') return today - 1;
  if (value === 'tomorrow') return today + 1;
  const relative = parseRelative(value, what, text.trim());
  if (relative?.unit === 'h') throw new UserError(`${what} "${text}" counts hours; it needs a day`, DAY_HINT);
  if (relative) return today + relative.amount * (relative.unit === 'w' ? 7 : 1);
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const day = dayFromIso(value);
    if (Number.isFinite(day) && isoFromDay(day) === value) return day;
  }
  const natural = isPhrase(value) ? parseNatural(value, today * 86400 + 43200, 'past') : undefined;
  if (natural) return Math.floor(natural.wallSeconds / 86400);
  throw new UserError(`${what} "${text}" is not a date`, DAY_HINT);
}

const DAY_HINT = 'use YYYY-MM-DD, today, yesterday, -7d ("7d ago"), or a phrase such as "last monday"';

/** The period a command asked for; `fallback` when it asked for none. */
export function resolvePeriod(options: PeriodOptions, today: number, weekStart: Weekday, fallback: Period['kind'] = 'weekly'): Period {
  const chosen = [options.daily, options.weekly, options.monthly, options.from !== undefined || options.to !== undefined].filter(Boolean).length;
  if (chosen > 1) throw new UserError('choose one period: --daily, --weekly, --monthly or --from/--to');
  if (options.from !== undefined || options.to !== undefined) {
    const fromDay = options.from !== undefined ? parseDay(options.from, today, '--from') : undefined;
    const toDay = options.to !== undefined ? parseDay(options.to, today, '--to') : today;
    if (fromDay === undefined) throw new UserError('--to needs --from', 'for example --from 2026-11-01 --to 2026-11-07');
    if (fromDay > toDay) throw new UserError(`--from ${isoFromDay(fromDay)} is after --to ${isoFromDay(toDay)}`);
    return { fromDay, toDay, kind: 'custom' };
  }
  const kind = options.daily ? 'daily' : options.monthly ? 'monthly' : options.weekly ? 'weekly' : fallback;
  if (kind === 'daily') return { fromDay: today - 1, toDay: today - 1, kind };
  if (kind === 'monthly') {
    const thisMonth = firstDayOfMonth(today);
    return { fromDay: addMonths(thisMonth, -1), toDay: thisMonth - 1, kind };
  }
  if (kind === 'custom') return { fromDay: today, toDay: today, kind };
  const thisWeek = weekStartOf(today, weekStart);
  return { fromDay: thisWeek - 7, toDay: thisWeek - 1, kind: 'weekly' };
}

/** The period just before: the previous calendar month for a month, else the same number of days. */
export function previousPeriod(period: Period): Period {
  if (period.kind === 'monthly') {
    const fromDay = addMonths(period.fromDay, -1);
    return { fromDay, toDay: period.fromDay - 1, kind: 'monthly' };
  }
  const length = period.toDay - period.fromDay + 1;
  return { fromDay: period.fromDay - length, toDay: period.fromDay - 1, kind: period.kind };
}

export function describePeriod(period: Period): { from: string; to: string } {
  return { from: isoFromDay(period.fromDay), to: isoFromDay(period.toDay) };
}
