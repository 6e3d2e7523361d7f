import { describe, expect, it } from 'vitest';
import { dayFromIso, isoFromDay } from '../../../src/core/time/calendar.js';
import { parseDay } from '../../../src/core/time/period.js';
import { parseWhen, type WhenContext } from '../../../src/core/time/when.js';
import { Zone } from '../../../src/core/time/zone.js';

// Now: Wednesday 2026-11-18 08:00 UTC = 10:00 in Jerusalem (UTC+2 in November).
const now = Date.UTC(2026, 10, 18, 8, 0, 0) / 1000;
const zone = new Zone('Asia/Jerusalem');
const due: WhenContext = { now, zone, dayEdge: 'end', direction: 'future', what: '--due' };
const at: WhenContext = { now, zone, dayEdge: 'start', direction: 'past', what: '--at' };
const utc = (iso: string) => Date.parse(iso) / 1000;

describe('parseWhen', () => {
  it('reads a bare day as its last second for a due, its first for a receipt (store zone)', () => {
    expect(parseWhen('2026-11-20', due)).toBe(utc('2026-11-20T21:59:59Z'));
    expect(parseWhen('2026-11-20', at)).toBe(utc('2026-11-19T22:00:00Z'));
    expect(parseWhen('today', due)).toBe(utc('2026-11-18T21:59:59Z'));
    expect(parseWhen('tomorrow', due)).toBe(utc('2026-11-19T21:59:59Z'));
    expect(parseWhen('yesterday', at)).toBe(utc('2026-11-16T22:00:00Z'));
  });

  it('reads relative forms in the direction they state, whatever the option', () => {
    expect(parseWhen('+3d', due)).toBe(utc('2026-11-21T21:59:59Z'));
    expect(parseWhen('in 3d', due)).toBe(utc('2026-11-21T21:59:59Z'));
    expect(parseWhen('in 3 days', at)).toBe(utc('2026-11-20T22:00:00Z'));
    expect(parseWhen('-3d', at)).toBe(utc('2026-11-14T22:00:00Z'));
    expect(parseWhen('3 days ago', due)).toBe(utc('2026-11-15T21:59:59Z'));
    expect(parseWhen('2w ago', at)).toBe(utc('2026-11-03T22:00:00Z'));
    expect(parseWhen('in 1 week', due)).toBe(utc('2026-11-25T21:59:59Z'));
    expect(parseWhen('+48h', due)).toBe(now + 48 * 3600);
    expect(parseWhen('-2h', due)).toBe(now - 7200);
    expect(parseWhen('2 hours ago', due)).toBe(now - 7200);
    expect(parseWhen('now', due)).toBe(now);
  });

  it('refuses a relative form that does not say ahead or ago', () => {
    for (const text of ['3d', '1w', '48h', '3 days']) {
      expect(() => parseWhen(text, due)).toThrow(`--due "${text}" does not say whether it is ahead or ago`);
    }
  });

  it('reads phrases on the store\'s wall clock, a bare weekday leaning the option\'s way', () => {
    // Wednesday 18 November: the coming Friday is the 20th, the Monday before is the 16th.
    expect(parseWhen('friday', due)).toBe(utc('2026-11-20T21:59:59Z'));
    expect(parseWhen('friday 17:00', due)).toBe(utc('2026-11-20T15:00:00Z'));
    expect(parseWhen('next friday', due)).toBe(utc('2026-11-27T21:59:59Z'));
    expect(parseWhen('last monday', at)).toBe(utc('2026-11-15T22:00:00Z'));
    expect(parseWhen('last monday', due)).toBe(utc('2026-11-16T21:59:59Z'));
    expect(parseWhen('last friday 9am', at)).toBe(utc('2026-11-13T07:00:00Z'));
    expect(parseWhen('tomorrow at noon', due)).toBe(utc('2026-11-19T10:00:00Z'));
  });

  it('reads a wall-clock time in the store zone and an instant with an offset exactly', () => {
    expect(parseWhen('2026-11-20 17:30', due)).toBe(utc('2026-11-20T15:30:00Z'));
    expect(parseWhen('2026-11-20T17:30:15', due)).toBe(utc('2026-11-20T15:30:15Z'));
    expect(parseWhen('2026-11-20T17:30:00Z', due)).toBe(utc('2026-11-20T17:30:00Z'));
    expect(parseWhen('2026-11-20T17:30:00+05:00', due)).toBe(utc('2026-11-20T12:30:00Z'));
  });

  it('refuses what is not a date, naming the option', () => {
    for (const text of ['the day after the storm', '2026-02-30', '2026-11-20 25:00', '', '3x']) {
      expect(() => parseWhen(text, due)).toThrow(`--due "${text}" is not a date or time`);
    }
  });
});

describe('parseDay (periods)', () => {
  // Today is Wednesday 2026-11-18.
  const today = dayFromIso('2026-11-18');
  const day = (text: string) => isoFromDay(parseDay(text, today, '--from'));

  it('reads the same grammar at the scale of days', () => {
    expect(day('-7d')).toBe('2026-11-11');
    expect(day('7 days ago')).toBe('2026-11-11');
    expect(day('1w ago')).toBe('2026-11-11');
    expect(day('in 2d')).toBe('2026-11-20');
    expect(day('tomorrow')).toBe('2026-11-19');
    expect(day('last monday')).toBe('2026-11-16');
    expect(day('last friday')).toBe('2026-11-13');
  });

  it('refuses hours, a form without a direction, and numbers that are not a date', () => {
    expect(() => day('-3h')).toThrow('--from "-3h" counts hours; it needs a day');
    expect(() => day('7d')).toThrow('--from "7d" does not say whether it is ahead or ago');
    expect(() => day('2026-13-01')).toThrow('--from "2026-13-01" is not a date');
    expect(() => day('12/1')).toThrow('--from "12/1" is not a date');
  });
});
