import type { Store } from '../../db/open.js';
import { readSettings } from '../../db/settings.js';
import { WEEKDAYS, weekdayOf } from '../time/calendar.js';
import type { Period } from '../time/period.js';
import type { ReportGroup } from './call-report.js';
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
  days: ReportGroup[];
  agents: ReportGroup[];
  hours: HourCell[];
  /** The weekdays from the configured first day of the week. */
  weekdays: string[];
}

/**
 * Read from the rollups alone (no call is read: the charts need no wait quantiles or distinct
 * customers): one grouped measure per dimension, and one per day of the period grouped by hour
 * (a week is seven reads). A weekday's hour adds up its days;
 * its service level weighs each day by its offered calls, which is exact (answered within T over offered).
 */
export function buildReportCharts(db: Store, period: Period): ReportCharts {
  return atomically(db, () => {
    const settings = readSettings(db);
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
    return { days: grouped('day', period), agents: grouped('agent', period), hours, weekdays };
  });
}
