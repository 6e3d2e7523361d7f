import type { Store } from '../../db/open.js';
import { callSpan, daysWithCalls, type CallSpan } from '../../db/kpi/call-span.js';
import { hourRange } from '../../db/kpi/grouping.js';
import type { RepeatHorizon } from '../../db/kpi/repeats-seen.js';
import { isoFromDay } from '../time/calendar.js';
import type { Period } from '../time/period.js';
import type { Zone } from '../time/zone.js';

/** What a period's numbers stand on. Instants are ISO 8601 in UTC. */
export interface PeriodCoverage {
  first_call: string | null;
  last_call: string | null;
  days: number;
  days_without_calls: string[];
  /** The store's calls span the whole period: its first call is on or before the period's first day, its last on or after the last day. */
  complete: boolean;
}

export interface Coverage {
  store: { first_call: string | null; last_call: string | null };
  period: PeriodCoverage;
  /** With --compare, the previous period's; else null. */
  previous: PeriodCoverage | null;
  /** Calls that arrived up to this instant have had their whole repeat window W inside the store's data; null without calls. */
  repeat_window_complete_through: string | null;
}

export function isoInstant(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
}

/** The store's first and last call, and the last arrival whose repeat window of `windowH` hours has passed by the last call. */
export function storeSpan(db: Store, zone: Zone, windowH: number): { span: CallSpan | null; horizon: RepeatHorizon | null } {
  const span = callSpan(db);
  if (span === null) return { span, horizon: null };
  const at = span.last - windowH * 3600;
  return { span, horizon: { at, localHour: zone.localHour(at) } };
}

export function periodCoverage(db: Store, period: Period, store: CallSpan | null, zone: Zone): PeriodCoverage {
  const range = hourRange(period);
  const span = callSpan(db, range);
  const withCalls = new Set(daysWithCalls(db, range));
  const without: string[] = [];
  for (let day = period.fromDay; day <= period.toDay; day++) if (!withCalls.has(day)) without.push(isoFromDay(day));
  return {
    first_call: span === null ? null : isoInstant(span.first),
    last_call: span === null ? null : isoInstant(span.last),
    days: period.toDay - period.fromDay + 1,
    days_without_calls: without,
    complete: store !== null && zone.localDay(store.first) <= period.fromDay && zone.localDay(store.last) >= period.toDay,
  };
}
