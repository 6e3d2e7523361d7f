import { UserError } from '../../errors.js';
import { addMonths, dayFromIso, firstDayOfMonth, isoFromDay, weekStartOf, type Weekday } from './calendar.js';

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

/** ISO `2026-11-22`, `today`, `yesterday`, or `Nd` (N days before today). */
export function parseDay(text: string, today: number, what = 'date'): number {
  const value = text.trim().toLowerCase();
  if (value === 'today') return today;
  if (value === 'yesterday') return today - 1;
  const relative = /^(\d+)d$/.exec(value);
  if (relative) return today - Number(relative[1]);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (iso) {
    const day = dayFromIso(value);
    if (Number.isFinite(day) && isoFromDay(day) === value) return day;
  }
  throw new UserError(`${what} "${text}" is not a date`, 'use YYYY-MM-DD, today, yesterday or Nd (N days ago)');
}

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
