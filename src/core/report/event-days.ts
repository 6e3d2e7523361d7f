import type { Period } from '../time/period.js';
import type { Zone } from '../time/zone.js';
import type { ReportEvent } from './call-report.js';

/** An exceptional event as the days of the period it touches, counted from the period's first day. */
export interface EventDays {
  from: number;
  to: number;
  label: string;
}

/** Each event clipped to the period, by the local days its [from, to) touches. */
export function eventDays(events: readonly ReportEvent[], period: Period, zone: Zone): EventDays[] {
  return events.flatMap((event) => {
    const fromAt = Date.parse(event.from) / 1000;
    const toAt = Date.parse(event.to) / 1000;
    const first = Math.max(zone.localDay(fromAt), period.fromDay);
    const last = Math.min(zone.localDay(Math.max(fromAt, toAt - 1)), period.toDay);
    return first > last ? [] : [{ from: first - period.fromDay, to: last - period.fromDay, label: `${event.kind}: ${event.what}` }];
  });
}
