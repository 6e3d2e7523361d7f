import { callVolumes, complaintsReceived, insertServiceEvent, readServiceEvents, type ServiceEventRow } from '../../db/listening.js';
import type { Store } from '../../db/open.js';
import { UserError } from '../../errors.js';
import { verbatim } from '../ledger/text.js';
import type { Window } from '../ledger/window.js';
import { parseWhen } from '../time/when.js';
import type { Zone } from '../time/zone.js';
import { EVENT_KINDS, type EventKind } from './event-kind.js';

export { EVENT_KINDS, type EventKind };

export interface Volumes {
  offered: number;
  abandoned: number;
  /** abandoned / offered; null with no call offered. */
  abandon_rate: number | null;
  complaints: number;
}

/** An event with what the store saw during it and during the same length of time just before. */
export interface ServiceEvent extends ServiceEventRow {
  during: Volumes;
  before: Volumes;
}

/** A bare day (or today, 3d …) as --to names the whole day; a time names that instant. */
const WHOLE_DAY = /^(\d{4}-\d{2}-\d{2}|today|yesterday|tomorrow|[+-]?\d+\s*[dw])$/i;

export function addServiceEvent(db: Store, input: { from: string; to: string; kind: EventKind; description: string }, clock: { now: number; zone: Zone; by: string }): number {
  const context = { now: clock.now, zone: clock.zone, direction: 'past' as const };
  const fromAt = parseWhen(input.from, { ...context, dayEdge: 'start', what: '--from' });
  const toAt = parseWhen(input.to, { ...context, dayEdge: 'end', what: '--to' }) + (WHOLE_DAY.test(input.to.trim()) ? 1 : 0);
  if (toAt <= fromAt) throw new UserError(`--to ${input.to} is not after --from ${input.from}`);
  return insertServiceEvent(db, { fromAt, toAt, kind: input.kind, description: verbatim(input.description, 'what happened'), recordedAt: clock.now, recordedBy: clock.by });
}

/**
 * Events touching the window (all when undefined), each set against the calls and complaints
 * of its own time. Calls come from the hourly rollups, so a window is widened to the whole
 * wall-clock hours it touches; complaints are counted to the second.
 */
export function serviceEvents(db: Store, zone: Zone, window?: Window): ServiceEvent[] {
  return readServiceEvents(db, window?.from ?? null, window?.to ?? null).map((event) => {
    const length = event.toAt - event.fromAt;
    return { ...event, during: volumes(db, zone, event.fromAt, event.toAt), before: volumes(db, zone, event.fromAt - length, event.fromAt) };
  });
}

function volumes(db: Store, zone: Zone, fromAt: number, toAt: number): Volumes {
  const { offered, abandoned } = callVolumes(db, Math.floor(zone.wallSeconds(fromAt) / 3600), Math.floor(zone.wallSeconds(toAt - 1) / 3600));
  return { offered, abandoned, abandon_rate: offered === 0 ? null : abandoned / offered, complaints: complaintsReceived(db, fromAt, toAt) };
}
