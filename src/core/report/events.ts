import type { Store } from '../../db/open.js';
import { serviceEvents } from '../listening/events.js';
import { periodWindow } from '../ledger/window.js';
import type { Period } from '../time/period.js';
import type { Zone } from '../time/zone.js';
import type { ReportEvent } from './call-report.js';

const iso = (at: number) => new Date(at * 1000).toISOString().replace('.000Z', 'Z');

/** The exceptional events a report's period touches: a number is read with what happened beside it. */
export function reportEvents(db: Store, period: Period, zone: Zone): ReportEvent[] {
  return serviceEvents(db, zone, periodWindow(period, zone)).map((event) => ({
    id: event.id,
    from: iso(event.fromAt),
    to: iso(event.toAt),
    kind: event.kind,
    what: event.description,
    during: event.during,
    before: event.before,
  }));
}
