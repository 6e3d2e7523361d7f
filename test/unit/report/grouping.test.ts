import { describe, expect, it } from 'vitest';
import { groupValue, orderGroupKeys } from '../../../src/core/report/dimension.js';
import { WEEKDAYS, dayFromIso, firstDayOfMonth, weekStartOf, weekdayOf } from '../../../src/core/time/calendar.js';
import { groupKeySql } from '../../../src/db/kpi/grouping.js';
import { openStore } from '../../../src/db/open.js';
import { connection } from '../../../src/db/store.js';

describe('group keys in SQL agree with the calendar functions', () => {
  const db = openStore(':memory:');
  // local_hour is a STRICT INTEGER column: bound JS numbers are REAL, so cast them as the table would.
  const keyOf = (sql: string, localHour: number) =>
    (connection(db).prepare(`SELECT ${sql} AS key FROM (SELECT CAST(? AS INTEGER) AS local_hour, NULL AS agent, 'billing' AS queue)`).get(localHour) as { key: number | string }).key;
  const first = dayFromIso('2023-12-25');
  const days = Array.from({ length: 800 }, (_, index) => first + index);

  it('week, for every week start', () => {
    for (const weekStart of WEEKDAYS) {
      const sql = groupKeySql('week', weekStart);
      for (const day of days) expect(keyOf(sql, day * 24 + 13)).toBe(weekStartOf(day, weekStart));
    }
  });

  it('month, weekday, day and hour', () => {
    for (const day of days) {
      const hour = day * 24 + (day % 24);
      expect(keyOf(groupKeySql('month', 'monday'), hour)).toBe(firstDayOfMonth(day));
      expect(keyOf(groupKeySql('weekday', 'monday'), hour)).toBe(weekdayOf(day));
      expect(keyOf(groupKeySql('day', 'monday'), hour)).toBe(day);
      expect(keyOf(groupKeySql('hour', 'monday'), hour)).toBe(day % 24);
    }
  });

  it('agent and queue, unknown as the empty name', () => {
    expect(keyOf(groupKeySql('agent', 'monday'), 0)).toBe('');
    expect(keyOf(groupKeySql('queue', 'monday'), 0)).toBe('billing');
    expect(keyOf(groupKeySql(undefined, 'monday'), 0)).toBe(0);
  });
});

describe('group values and order', () => {
  it('labels each dimension', () => {
    const day = dayFromIso('2026-11-04');
    expect(groupValue('day', day)).toBe('2026-11-04');
    expect(groupValue('week', day)).toBe('2026-11-04');
    expect(groupValue('month', dayFromIso('2026-11-01'))).toBe('2026-11');
    expect(groupValue('hour', 7)).toBe(7);
    expect(groupValue('weekday', 0)).toBe('sunday');
    expect(groupValue('agent', '')).toBeNull();
    expect(groupValue('queue', 'billing')).toBe('billing');
  });

  it('orders weekdays from the week start, names with unknown last, time ascending', () => {
    expect(orderGroupKeys('weekday', [0, 1, 5, 6], 'sunday')).toEqual([0, 1, 5, 6]);
    expect(orderGroupKeys('weekday', [0, 1, 5, 6], 'monday')).toEqual([1, 5, 6, 0]);
    expect(orderGroupKeys('weekday', [0, 1, 5, 6], 'saturday')).toEqual([6, 0, 1, 5]);
    expect(orderGroupKeys('agent', ['', 'bob', 'Alice', 'alice'], 'monday')).toEqual(['Alice', 'alice', 'bob', '']);
    expect(orderGroupKeys('hour', [23, 4, 10], 'monday')).toEqual([4, 10, 23]);
  });
});
