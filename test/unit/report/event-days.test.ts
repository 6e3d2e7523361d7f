import { describe, expect, it } from 'vitest';
import { eventDays } from '../../../src/core/report/event-days.js';
import type { ReportEvent } from '../../../src/core/report/call-report.js';
import { dayFromIso } from '../../../src/core/time/calendar.js';
import { Zone } from '../../../src/core/time/zone.js';

const volumes = { offered: 0, abandoned: 0, abandon_rate: null, complaints: 0 };
const event = (from: string, to: string): ReportEvent => ({ id: 1, from, to, kind: 'outage', what: 'lines down', during: volumes, before: volumes });

describe('exceptional events on a report’s days', () => {
  // The week of Monday 2026-11-09 to Sunday 2026-11-15 in Israel (UTC+2 all week).
  const period = { fromDay: dayFromIso('2026-11-09'), toDay: dayFromIso('2026-11-15'), kind: 'weekly' as const };
  const zone = new Zone('Asia/Jerusalem');

  it('are the local days an event touches, counted from the period’s first day', () => {
    // 11 Nov 00:00 to 13 Nov 00:00 local, exclusive: Wednesday and Thursday, days 2 and 3.
    expect(eventDays([event('2026-11-10T22:00:00Z', '2026-11-12T22:00:00Z')], period, zone)).toEqual([{ from: 2, to: 3, label: 'outage: lines down' }]);
    // 23:30 UTC on the 9th is already the 10th in Israel: day 1 alone.
    expect(eventDays([event('2026-11-09T23:30:00Z', '2026-11-10T01:00:00Z')], period, zone)).toEqual([{ from: 1, to: 1, label: 'outage: lines down' }]);
  });

  it('are clipped to the period, and left out when they miss it', () => {
    expect(eventDays([event('2026-11-01T00:00:00Z', '2026-11-10T12:00:00Z')], period, zone)).toEqual([{ from: 0, to: 1, label: 'outage: lines down' }]);
    expect(eventDays([event('2026-11-15T12:00:00Z', '2026-11-20T00:00:00Z')], period, zone)).toEqual([{ from: 6, to: 6, label: 'outage: lines down' }]);
    expect(eventDays([event('2026-11-01T00:00:00Z', '2026-11-08T21:00:00Z')], period, zone)).toEqual([]);
  });
});
