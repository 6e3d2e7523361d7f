import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTimestamp } from '../../../src/core/parse/timestamp.js';
import { Zone } from '../../../src/core/time/zone.js';

const UTC = new Zone('UTC');
const JERUSALEM = new Zone('Asia/Jerusalem');
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** What parseTimestamp gives: the instant, or the problem's message with the text it names taken out. */
function reading(text: string, zone: Zone): number | string {
  try {
    return parseTimestamp(text, zone, 'dmy');
  } catch (error) {
    return (error as Error).message.replace(text.trim(), 'TEXT');
  }
}

// `YYYY-MM-DD HH:MM:SS` is read without the general pattern; `YYYY/MM/DD HH:MM:SS` (which no
// shortcut takes) must give the same instant, or the same problem, for every such text.
const fields = fc.record({
  year: fc.integer({ min: 1985, max: 2045 }),
  month: fc.integer({ min: 0, max: 13 }),
  day: fc.integer({ min: 0, max: 32 }),
  hour: fc.integer({ min: 0, max: 25 }),
  minute: fc.integer({ min: 0, max: 61 }),
  second: fc.integer({ min: 0, max: 61 }),
  separator: fc.constantFrom(' ', 'T'),
  seconds: fc.boolean(),
  z: fc.boolean(),
});

describe('parseTimestamp: the common ISO shape', () => {
  it('reads YYYY-MM-DD HH:MM[:SS][Z] as the general reading does, valid or not, in any zone', () => {
    fc.assert(
      fc.property(fields, fc.constantFrom(UTC, JERUSALEM), (f, zone) => {
        const time = `${pad(f.hour)}:${pad(f.minute)}${f.seconds ? `:${pad(f.second)}` : ''}${f.z ? 'Z' : ''}`;
        const dashed = `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)}${f.separator}${time}`;
        const slashed = `${pad(f.year, 4)}/${pad(f.month)}/${pad(f.day)}${f.separator}${time}`;
        expect(reading(dashed, zone)).toEqual(reading(slashed, zone));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the instant Date.parse gives for valid UTC times, leap days and month ends included', () => {
    const cases: [string, string][] = [
      ['2024-02-29 23:59:59', '2024-02-29T23:59:59Z'],
      ['2025-12-31T00:00', '2025-12-31T00:00:00Z'],
      ['2026-01-31 12:30:05Z', '2026-01-31T12:30:05Z'],
      ['2026-04-30 08:00:00', '2026-04-30T08:00:00Z'],
      ['2000-02-29 10:00:00', '2000-02-29T10:00:00Z'],
    ];
    for (const [text, iso] of cases) expect(parseTimestamp(text, UTC, 'dmy'), text).toBe(Date.parse(iso) / 1000);
  });

  it('still refuses the days a month does not have', () => {
    expect(() => parseTimestamp('2026-02-29 10:00:00', UTC, 'dmy')).toThrow('is not a valid date');
    expect(() => parseTimestamp('2023-02-29 10:00:00', UTC, 'dmy')).toThrow('is not a valid date');
    expect(() => parseTimestamp('2026-04-31 10:00', UTC, 'dmy')).toThrow('is not a valid date');
    expect(() => parseTimestamp('2026-04-30 24:00:00', UTC, 'dmy')).toThrow('is not a valid date and time');
  });
});
