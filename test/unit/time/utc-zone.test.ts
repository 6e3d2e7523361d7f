import { describe, expect, it } from 'vitest';
import { assertTimeZone, Zone } from '../../../src/core/time/zone.js';

describe('the UTC zone, answered without zone data', () => {
  // Etc/GMT is the same clock under another name, so it goes through Intl: an independent reading.
  const utc = new Zone('UTC');
  const gmt = new Zone('Etc/GMT');
  const instants = [0, 1_700_000_000, 1_711_846_800 /* 2024-03-31 01:00Z, Europe's spring change */, 1_730_595_600 /* 2024-11-03 01:00Z */, -86_400];

  it('reads every instant as its own wall clock, as Intl does', () => {
    for (const t of instants) {
      expect(utc.wallSeconds(t), String(t)).toBe(t);
      expect(utc.wallSeconds(t), String(t)).toBe(gmt.wallSeconds(t));
      expect(utc.utcFromWall(t), String(t)).toBe(gmt.utcFromWall(t));
    }
    // 2024-11-03 01:00Z is day 20030 since 1970-01-01 (1_730_595_600 / 86_400 = 20030.04…), hour 480,721.
    expect(utc.localDay(1_730_595_600)).toBe(20030);
    expect(utc.localHour(1_730_595_600)).toBe(480_721);
  });

  it('keeps its name, and other spellings still go through Intl', () => {
    expect(assertTimeZone('UTC')).toBe('UTC');
    expect(assertTimeZone('utc')).toBe('UTC');
    expect(() => assertTimeZone('Mars/Olympus')).toThrow('unknown time zone "Mars/Olympus"');
  });
});
