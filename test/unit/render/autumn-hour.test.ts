import { describe, expect, it } from 'vitest';
import { Zone } from '../../../src/core/time/zone.js';
import { localTime } from '../../../src/io/render/instant.js';

describe('localTime in the hour the clocks go back', () => {
  // Europe/London left summer time at 2026-10-25 01:00 UTC: 01:30 on the wall happened at 00:30 UTC (+01:00) and again at 01:30 UTC (+00:00).
  const london = new Zone('Europe/London');
  const utc = (iso: string) => Date.parse(iso) / 1000;

  it('shows the offset of each of the two 01:30s', () => {
    expect(localTime(utc('2026-10-25T00:30:00Z'), london)).toBe('2026-10-25 01:30 +01:00');
    expect(localTime(utc('2026-10-25T01:30:00Z'), london)).toBe('2026-10-25 01:30 +00:00');
  });

  it('leaves every other time as it was', () => {
    expect(localTime(utc('2026-10-25T02:30:00Z'), london)).toBe('2026-10-25 02:30');
    expect(localTime(utc('2026-10-24T23:30:00Z'), london)).toBe('2026-10-25 00:30');
    // The spring gap (29 March 2026, 01:00 UTC): 02:30 BST is not repeated.
    expect(localTime(utc('2026-03-29T01:30:00Z'), london)).toBe('2026-03-29 02:30');
  });
});
