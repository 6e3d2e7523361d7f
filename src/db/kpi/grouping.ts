import type { Dimension } from '../../core/report/dimension.js';
import { WEEKDAYS, type Weekday } from '../../core/time/calendar.js';
import type { Period } from '../../core/time/period.js';

/** The wall-clock hours of a period: the key of hourly_rollup and of the calls_by_hour index. */
export interface HourRange {
  fromHour: number;
  toHour: number;
}

export function hourRange(period: Period): HourRange {
  return { fromHour: period.fromDay * 24, toHour: period.toDay * 24 + 23 };
}

/**
 * The SQL expression of a group's key (see GroupKey), valid on both hourly_rollup and calls;
 * one constant group when the report is not grouped. Integer division is exact because local
 * hours are never negative for calls after 1970.
 */
export function groupKeySql(dimension: Dimension | undefined, weekStart: Weekday): string {
  const day = 'local_hour / 24';
  switch (dimension) {
    case undefined:
      return '0';
    case 'day':
      return day;
    case 'week':
      // weekStartOf() of src/core/time/calendar.ts: 1970-01-01 (day 0) was a Thursday (4).
      return `${day} - ((${day} + ${(4 - WEEKDAYS.indexOf(weekStart) + 7) % 7}) % 7)`;
    case 'month':
      return `unixepoch(${day} * 86400, 'unixepoch', 'start of month') / 86400`;
    case 'hour':
      return 'local_hour % 24';
    case 'weekday':
      return `(${day} + 4) % 7`;
    case 'agent':
      return "coalesce(agent, '')";
    case 'queue':
      return "coalesce(queue, '')";
  }
}
