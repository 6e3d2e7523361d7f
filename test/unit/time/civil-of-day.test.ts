import { describe, expect, it } from 'vitest';
import { civilOfDay } from '../../../src/core/time/calendar.js';

describe('civilOfDay', () => {
  it('gives the date Date gives for every day from 1600 to 2400', () => {
    const first = Date.UTC(1600, 0, 1) / 86_400_000;
    const last = Date.UTC(2400, 11, 31) / 86_400_000;
    for (let day = first; day <= last; day++) {
      const date = new Date(day * 86_400_000);
      const expected = { year: date.getUTCFullYear(), month: date.getUTCMonth(), date: date.getUTCDate() };
      const found = civilOfDay(day);
      if (found.year !== expected.year || found.month !== expected.month || found.date !== expected.date) {
        expect({ day, found }).toEqual({ day, found: expected });
      }
    }
  });

  it('knows leap days, month ends and days before 1970', () => {
    expect(civilOfDay(0)).toEqual({ year: 1970, month: 0, date: 1 });
    expect(civilOfDay(-1)).toEqual({ year: 1969, month: 11, date: 31 });
    expect(civilOfDay(59)).toEqual({ year: 1970, month: 2, date: 1 });
    // 2000 is a leap year (divisible by 400), 2100 is not.
    expect(civilOfDay(11_016)).toEqual({ year: 2000, month: 1, date: 29 });
    expect(civilOfDay(47_541)).toEqual({ year: 2100, month: 2, date: 1 });
  });
});
