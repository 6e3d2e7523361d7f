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

/** The store's side of a dimension (its meaning is DIMENSION_RULES in src/core/report/dimension.ts). */
export interface GroupKeyRule {
  /**
   * The SQL expression of a group's key (see GroupKey), valid on the rollups, calls and the
   * wait counts it reads. Integer division is exact because local hours are never negative for
   * calls after 1970.
   */
  sql(weekStart: Weekday): string;
  /**
   * Which rollup holds the groups' sums: hour_totals (per hour, over every queue and agent) for
   * groups of hours, or day_rollup (per day, queue and agent) for groups of agents or queues.
   */
  sums: 'hours' | 'queues and agents';
  /** Which wait counts hold the groups' waits: per day, per hour and queue, or per day and agent. */
  waits: 'day' | 'queue' | 'agent';
  /**
   * Where the groups' distinct customers are counted: from the customer days when a group is a
   * run of whole days (its key is its first day), else from the period's calls.
   */
  customers: 'days' | 'calls';
}

const DAY = 'local_hour / 24';

export const GROUP_KEYS: Record<Dimension, GroupKeyRule> = {
  day: { sql: () => DAY, sums: 'hours', waits: 'day', customers: 'days' },
  // weekStartOf() of src/core/time/calendar.ts: 1970-01-01 (day 0) was a Thursday (4).
  week: { sql: (weekStart) => `${DAY} - ((${DAY} + ${(4 - WEEKDAYS.indexOf(weekStart) + 7) % 7}) % 7)`, sums: 'hours', waits: 'day', customers: 'days' },
  month: { sql: () => `unixepoch(${DAY} * 86400, 'unixepoch', 'start of month') / 86400`, sums: 'hours', waits: 'day', customers: 'days' },
  hour: { sql: () => 'local_hour % 24', sums: 'hours', waits: 'queue', customers: 'calls' },
  weekday: { sql: () => `(${DAY} + 4) % 7`, sums: 'hours', waits: 'queue', customers: 'calls' },
  agent: { sql: () => "coalesce(agent, '')", sums: 'queues and agents', waits: 'agent', customers: 'calls' },
  queue: { sql: () => "coalesce(queue, '')", sums: 'queues and agents', waits: 'queue', customers: 'calls' },
};

/** All calls of the period as one group, keyed 0. */
const ONE_GROUP: GroupKeyRule = { sql: () => '0', sums: 'hours', waits: 'day', customers: 'days' };

export function groupKeyRule(dimension: Dimension | undefined): GroupKeyRule {
  return dimension === undefined ? ONE_GROUP : GROUP_KEYS[dimension];
}

export function groupKeySql(dimension: Dimension | undefined, weekStart: Weekday): string {
  return groupKeyRule(dimension).sql(weekStart);
}

/**
 * Consecutive periods as groups, each keyed by its first day: runs of whole days, so their
 * distinct customers come from the customer days. The key is valid wherever a local hour is.
 */
export function periodsKeyRule(periods: readonly Period[]): GroupKeyRule {
  const cases = periods.map((period) => `WHEN local_hour <= ${period.toDay * 24 + 23} THEN ${period.fromDay}`).join(' ');
  return { sql: () => `CASE ${cases} END`, sums: 'hours', waits: 'day', customers: 'days' };
}
