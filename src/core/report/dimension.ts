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

/**
 * Everything the report needs to know about a dimension, in one record. The store's side (the
 * SQL expression of the key, which counts its waits) is the matching record of GROUP_KEYS in
 * src/db/kpi/grouping.ts: SQL stays in the db layer.
 */
export interface DimensionRule {
  /** The group's key as the report shows it. */
  value(key: GroupKey): GroupValue;
  /** Time in order; weekdays from the week's first day; names alphabetically with unknown last. */
  order: 'time' | 'weekday' | 'name';
  /**
   * With --compare, a group's counterpart in the previous period: the group with the same value
   * (the same agent, hour, weekday), or the one at the same place (a Monday against the Monday before).
   */
  matchedBy: 'value' | 'place';
}

const name = (key: GroupKey): GroupValue => (key === '' ? null : String(key));

export const DIMENSION_RULES: Record<Dimension, DimensionRule> = {
  day: { value: (key) => isoFromDay(Number(key)), order: 'time', matchedBy: 'place' },
  week: { value: (key) => isoFromDay(Number(key)), order: 'time', matchedBy: 'place' },
  month: { value: (key) => monthOf(Number(key)), order: 'time', matchedBy: 'place' },
  hour: { value: (key) => Number(key), order: 'time', matchedBy: 'value' },
  weekday: { value: (key) => WEEKDAYS[Number(key)] ?? null, order: 'weekday', matchedBy: 'value' },
  agent: { value: name, order: 'name', matchedBy: 'value' },
  queue: { value: name, order: 'name', matchedBy: 'value' },
};

export function groupValue(dimension: Dimension, key: GroupKey): GroupValue {
  return DIMENSION_RULES[dimension].value(key);
}

export function orderGroupKeys(dimension: Dimension, keys: Iterable<GroupKey>, weekStart: Weekday): GroupKey[] {
  const list = [...keys];
  switch (DIMENSION_RULES[dimension].order) {
    case 'weekday': {
      const first = WEEKDAYS.indexOf(weekStart);
      return list.sort((a, b) => ((Number(a) - first + 7) % 7) - ((Number(b) - first + 7) % 7));
    }
    case 'name':
      return list.map(String).sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a < b ? -1 : a > b ? 1 : 0));
    case 'time':
      return list.sort((a, b) => Number(a) - Number(b));
  }
}
