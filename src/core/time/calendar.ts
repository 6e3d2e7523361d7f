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
