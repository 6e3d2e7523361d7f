import type { Store } from '../../db/open.js';
import { hourRange } from '../../db/kpi/grouping.js';
import { WAIT_BUCKET_EDGES_S, answeredWaitBuckets } from '../../db/kpi/wait-distribution.js';
import { readSettings } from '../../db/settings.js';
import { listCommitments } from '../commitments/list.js';
import { listComplaints } from '../complaints/list.js';
import { pareto, type ParetoRow } from '../complaints/stats.js';
import { periodWindow } from '../ledger/window.js';
import { WEEKDAYS, isoFromDay, weekdayOf } from '../time/calendar.js';
import type { Period } from '../time/period.js';
import { Zone } from '../time/zone.js';
import type { ReportEvent, ReportGroup } from './call-report.js';
import { commitmentWeeks, type CommitmentWeek } from './commitment-weeks.js';
import { eventDays, type EventDays } from './event-days.js';
import { groupValue, orderGroupKeys } from './dimension.js';
import { measureCalls } from './measure.js';
import { atomically } from '../../db/transaction.js';

/** One cell of the hour × weekday grid: arrivals, and the service level of the offered calls. */
export interface HourCell {
  weekday: string;
  hour: number;
  arrivals: number;
  offered: number;
  service_level: number | null;
}

/** What the pictures of a report need beyond its totals: the days, the agents, the hours of the week. */
export interface ReportCharts {
  /** Every day of the period, ISO, with calls or not: the time axis. */
  periodDays: string[];
  /** The days that have calls. */
  days: ReportGroup[];
  agents: ReportGroup[];
  hours: HourCell[];
  /** The weekdays from the configured first day of the week. */
  weekdays: string[];
  /** Answered calls with a known wait per bucket: up to each edge (inclusive), then over the last. */
  waits: { edges: readonly number[]; counts: number[]; thresholdS: number };
  /** The period's complaints by category, most frequent first. */
  complaints: ParetoRow[];
  commitments: CommitmentWeek[];
  events: EventDays[];
}

/**
 * Calls are read from the rollups (one grouped measure per dimension, and one per day of the
 * period grouped by hour: a week is seven reads) and the wait buckets from the wait counts, never
 * a call; complaints and commitments from the ledger. A weekday's hour adds up its days;
 * its service level weighs each day by its offered calls, which is exact (answered within T over offered).
 */
export function buildReportCharts(db: Store, period: Period, context: { now: number; events: readonly ReportEvent[] }): ReportCharts {
  return atomically(db, () => {
    const settings = readSettings(db);
    const zone = new Zone(settings.timezone);
    const grouped = (by: 'day' | 'agent', range: Period) => {
      const measured = measureCalls(db, range, settings, null, by, 'additive');
      return orderGroupKeys(by, measured.groups.keys(), settings.week_start).map((key) => ({ key: { [by]: groupValue(by, key) }, kpis: measured.groups.get(key)!, provisional: [] }));
    };
    const cells = new Map<string, { weekday: string; hour: number; arrivals: number; offered: number; within: number }>();
    for (let day = period.fromDay; day <= period.toDay; day += 1) {
      const weekday = WEEKDAYS[weekdayOf(day)]!;
      const measured = measureCalls(db, { fromDay: day, toDay: day, kind: 'custom' }, settings, null, 'hour', 'additive');
      for (const [hour, kpis] of measured.groups) {
        const id = `${weekday} ${hour}`;
        const cell = cells.get(id) ?? { weekday, hour: Number(hour), arrivals: 0, offered: 0, within: 0 };
        cell.arrivals += kpis.answered + kpis.abandoned;
        cell.offered += kpis.offered;
        cell.within += (kpis.service_level ?? 0) * kpis.offered;
        cells.set(id, cell);
      }
    }
    const hours = [...cells.values()].map(({ within, ...cell }) => ({ ...cell, service_level: cell.offered === 0 ? null : within / cell.offered }));
    const first = WEEKDAYS.indexOf(settings.week_start);
    const weekdays = WEEKDAYS.map((_, index) => WEEKDAYS[(first + index) % 7]!);
    const periodDays = Array.from({ length: period.toDay - period.fromDay + 1 }, (_, index) => isoFromDay(period.fromDay + index));
    return {
      periodDays,
      days: grouped('day', period),
      agents: grouped('agent', period),
      hours,
      weekdays,
      waits: { edges: WAIT_BUCKET_EDGES_S, counts: answeredWaitBuckets(db, hourRange(period)), thresholdS: settings.sl_threshold_s },
      complaints: pareto(listComplaints(db, { received: periodWindow(period, zone) }, context.now)),
      commitments: commitmentWeeks(listCommitments(db, {}, context.now), period, zone, settings.week_start),
      events: eventDays(context.events, period, zone),
    };
  });
}
