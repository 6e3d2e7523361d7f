import { describe, expect, it } from 'vitest';
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

  it('reads relative forms forwards for a due and backwards for a receipt unless signed', () => {
    expect(parseWhen('3d', due)).toBe(utc('2026-11-21T21:59:59Z'));
    expect(parseWhen('+3d', at)).toBe(utc('2026-11-20T22:00:00Z'));
    expect(parseWhen('3d', at)).toBe(utc('2026-11-14T22:00:00Z'));
    expect(parseWhen('1w', due)).toBe(utc('2026-11-25T21:59:59Z'));
    expect(parseWhen('+48h', due)).toBe(now + 48 * 3600);
    expect(parseWhen('-2h', due)).toBe(now - 7200);
    expect(parseWhen('now', due)).toBe(now);
  });

  it('reads a wall-clock time in the store zone and an instant with an offset exactly', () => {
    expect(parseWhen('2026-11-20 17:30', due)).toBe(utc('2026-11-20T15:30:00Z'));
    expect(parseWhen('2026-11-20T17:30:15', due)).toBe(utc('2026-11-20T15:30:15Z'));
    expect(parseWhen('2026-11-20T17:30:00Z', due)).toBe(utc('2026-11-20T17:30:00Z'));
    expect(parseWhen('2026-11-20T17:30:00+05:00', due)).toBe(utc('2026-11-20T12:30:00Z'));
  });

  it('refuses what is not a date, naming the option', () => {
    for (const text of ['next friday', '2026-02-30', '2026-11-20 25:00', '', '3x']) {
      expect(() => parseWhen(text, due)).toThrow(`--due "${text}" is not a date or time`);
    }
  });
});
