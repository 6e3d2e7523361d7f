import type { Store } from '../../db/open.js';
import { readSettings } from '../../db/settings.js';
import { readTargets } from '../../db/targets.js';
import type { CallKpis } from '../kpi/catalogue.js';
import { kpiChange } from '../kpi/change.js';
import { evaluateTargets } from '../targets/evaluate.js';
import { describePeriod, previousPeriod, type Period } from '../time/period.js';
import type { CallReport, ReportGroup } from './call-report.js';
import { groupValue, orderGroupKeys, type Dimension, type GroupKey } from './dimension.js';
import type { Weekday } from '../time/calendar.js';
import { measureCalls } from './measure.js';

export interface CallReportRequest {
  period: Period;
  by?: Dimension;
  /** Adds the previous period (previousPeriod()) and the change of each KPI. */
  compare?: boolean;
  /** The moment the report is made; the KPIs of a past period do not depend on it. */
  now: Date;
}

/**
 * The call KPIs of a period, grouped and compared as asked, with the targets held against the
 * totals. Read in one transaction, so an import committing meanwhile is seen wholly or not at all.
 */
export function buildCallReport(db: Store, request: CallReportRequest): CallReport {
  return db.transaction(() => readCallReport(db, request))();
}

function readCallReport(db: Store, request: CallReportRequest): CallReport {
  const settings = readSettings(db);
  const { period, by, compare } = request;
  const measured = measureCalls(db, period, settings, by);
  const groups: ReportGroup[] =
    by === undefined ? [] : orderGroupKeys(by, measured.groups.keys(), settings.week_start).map((key) => ({ key: { [by]: groupValue(by, key) }, kpis: measured.groups.get(key) as CallKpis }));
  const totals = measured.totals;
  const before = compare ? measureCalls(db, previousPeriod(period), settings, by) : null;
  const previous = before === null ? null : before.totals;
  const previousGroups = before === null || by === undefined ? undefined : matchPreviousGroups(by, groups, before.groups, settings.week_start);
  return {
    period: { ...describePeriod(period), timezone: settings.timezone },
    params: { sl_threshold_s: settings.sl_threshold_s, short_abandon_s: settings.short_abandon_s, repeat_window_h: settings.repeat_window_h },
    totals,
    groups,
    previous,
    ...(previous !== null ? { change: kpiChange(totals, previous) } : {}),
    ...(previousGroups !== undefined ? { previous_groups: previousGroups } : {}),
    targets: evaluateTargets(readTargets(db), totals),
  };
}

/**
 * Each group's KPIs in the previous period: the same agent, queue, hour or weekday; for days,
 * weeks and months the one at the same place in the period (a Monday against the Monday before).
 */
function matchPreviousGroups(by: Dimension, groups: readonly ReportGroup[], before: Map<GroupKey, CallKpis>, weekStart: Weekday) {
  const ordered = orderGroupKeys(by, before.keys(), weekStart);
  const byPlace = by === 'day' || by === 'week' || by === 'month';
  const byValue = new Map(ordered.map((key) => [groupValue(by, key), before.get(key) as CallKpis]));
  return groups.map((group, index) => {
    const kpis = byPlace ? (ordered[index] === undefined ? undefined : before.get(ordered[index])) : byValue.get(group.key[by] ?? null);
    return { key: group.key, kpis: kpis ?? null };
  });
}
