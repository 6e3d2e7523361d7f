/**
 * Calendar arithmetic on day numbers (days since 1970-01-01 on a wall clock). Pure integers:
 * the zone has already been applied when a day number exists.
 */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function weekStartOf(day: number, weekStart: Weekday): number {
  const startIndex = WEEKDAYS.indexOf(weekStart);
  return day - ((weekdayOf(day) - startIndex + 7) % 7);
}

/**
 * The calendar date of a day number, by integer arithmetic (Howard Hinnant's civil_from_days,
 * proleptic Gregorian like Date): month 0–11, date 1–31. A Date for each of ten million calls
 * cost the per-customer pass of an import about four times as much.
 */
export function civilOfDay(day: number): { year: number; month: number; date: number } {
  const shifted = day + 719_468; // days since 0000-03-01
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const fromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const date = dayOfYear - Math.floor((153 * fromMarch + 2) / 5) + 1;
  const year = yearOfEra + era * 400 + (fromMarch < 10 ? 0 : 1);
  return { year, month: fromMarch < 10 ? fromMarch + 2 : fromMarch - 10, date };
}

export function dayFromIso(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
}

export function isoFromDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** 'YYYY-MM' of a day. */
export function monthOf(day: number): string {
  return isoFromDay(day).slice(0, 7);
}

export function firstDayOfMonth(day: number): number {
  const date = new Date(day * 86_400_000);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / 86_400_000;
}

export function addMonths(firstOfMonth: number, months: number): number {
  const date = new Date(firstOfMonth * 86_400_000);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1) / 86_400_000;
}
