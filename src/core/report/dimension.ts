import { WEEKDAYS, isoFromDay, monthOf, type Weekday } from '../time/calendar.js';

/** What `--by` can group a report by. */
export const DIMENSIONS = ['day', 'week', 'month', 'hour', 'weekday', 'agent', 'queue'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/**
 * A group as the store returns it: a day number (day; week and month: their first day), an hour
 * of the day 0–23, a weekday 0–6 (0 = Sunday), or an agent or queue name ('' = unknown).
 */
export type GroupKey = number | string;

/** A group as the report shows it: ISO day, 'YYYY-MM', hour, weekday name, name, or null for unknown. */
export type GroupValue = string | number | null;

export function groupValue(dimension: Dimension, key: GroupKey): GroupValue {
  switch (dimension) {
    case 'day':
    case 'week':
      return isoFromDay(Number(key));
    case 'month':
      return monthOf(Number(key));
    case 'hour':
      return Number(key);
    case 'weekday':
      return WEEKDAYS[Number(key)] ?? null;
    case 'agent':
    case 'queue':
      return key === '' ? null : String(key);
  }
}

/** Time in order, weekdays from the week's first day, names alphabetically with unknown last. */
export function orderGroupKeys(dimension: Dimension, keys: Iterable<GroupKey>, weekStart: Weekday): GroupKey[] {
  const list = [...keys];
  if (dimension === 'weekday') {
    const first = WEEKDAYS.indexOf(weekStart);
    return list.sort((a, b) => ((Number(a) - first + 7) % 7) - ((Number(b) - first + 7) % 7));
  }
  if (dimension === 'agent' || dimension === 'queue') {
    return list.map(String).sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a < b ? -1 : a > b ? 1 : 0));
  }
  return list.sort((a, b) => Number(a) - Number(b));
}
