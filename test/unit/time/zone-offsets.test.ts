import { describe, expect, it } from 'vitest';
import { Zone } from '../../../src/core/time/zone.js';

/** The offset read afresh from the wall clock Intl gives for the instant, with no cache at all. */
function offsetByIntl(zone: string, utcSeconds: number): number {
  const text = new Date(utcSeconds * 1000).toLocaleString('sv-SE', { timeZone: zone, hourCycle: 'h23' });
  const [date, time] = text.split(' ') as [string, string];
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute, second] = time.split(':').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day, hour, minute, second) / 1000 - utcSeconds;
}

describe('Zone.offsetAt, one look-up per day', () => {
  // Days around spring-forward and fall-back, a half-hour change (Lord Howe), and a zone whose change falls at midnight (Santiago).
  const cases: [string, string][] = [
    ['Asia/Jerusalem', '2026-03-26'],
    ['Asia/Jerusalem', '2026-10-24'],
    ['America/New_York', '2026-03-07'],
    ['America/New_York', '2026-10-31'],
    ['Australia/Lord_Howe', '2026-04-04'],
    ['America/Santiago', '2026-04-04'],
    ['Europe/London', '2026-03-28'],
  ];
  for (const [name, firstDay] of cases) {
    it(`agrees with Intl every 11 minutes over three days from ${firstDay} in ${name}`, () => {
      const zone = new Zone(name);
      const from = Date.parse(`${firstDay}T00:00:00Z`) / 1000;
      const offsets = new Set<number>();
      // Read in an order that fills the day cache from any instant of the day first.
      for (let at = from + 3 * 86400; at >= from; at -= 11 * 60) {
        expect(zone.offsetAt(at), `${name} ${new Date(at * 1000).toISOString()}`).toBe(offsetByIntl(name, at));
        offsets.add(zone.offsetAt(at));
      }
      // The span holds a change of the clocks.
      expect(offsets.size).toBe(2);
    });
  }
});
