import type { Store } from '../../db/open.js';
import { readSettings } from '../../db/settings.js';
import { readTargets } from '../../db/targets.js';
import type { CallKpis } from '../kpi/catalogue.js';
import { kpiChange } from '../kpi/change.js';
import { evaluateTargets } from '../targets/evaluate.js';
import { describePeriod, previousPeriod, type Period } from '../time/period.js';
import { Zone } from '../time/zone.js';
import type { CallReport, ReportGroup } from './call-report.js';
import { isoInstant, periodCoverage, storeSpan } from './coverage.js';
import { dataAttention } from './data-attention.js';
import { DIMENSION_RULES, groupValue, orderGroupKeys, type Dimension, type GroupKey } from './dimension.js';
import type { Weekday } from '../time/calendar.js';
import { measureCalls } from './measure.js';
import { reportEvents } from './events.js';
import { atomically } from '../../db/transaction.js';

export interface CallReportRequest {
  period: Period;
  by?: Dimension;
  /** Adds the previous period (previousPeriod()) and the change of each KPI. */
  compare?: boolean;
  /** The moment the report is made: only whether the store is stale depends on it. */
  now: Date;
  /**
   * False for the tables people read, which do not show each group's distinct customers: then
   * groups of hours, weekdays, agents or queues carry 0 customers and no call is read.
   */
  groupCustomers?: boolean;
}

/**
 * The call KPIs of a period, grouped and compared as asked, with the targets held against the
 * totals. Read in one transaction, so an import committing meanwhile is seen wholly or not at all.
 */
export function buildCallReport(db: Store, request: CallReportRequest): CallReport {
  return atomically(db, () => readCallReport(db, request));
}

function readCallReport(db: Store, request: CallReportRequest): CallReport {
  const settings = readSettings(db);
  const zone = new Zone(settings.timezone);
  const { period, by, compare } = request;
  const { span, horizon } = storeSpan(db, zone, settings.repeat_window_h);
  const parts = request.groupCustomers === false ? 'people' : 'all';
  const measured = measureCalls(db, period, settings, horizon, by, parts);
  const groups: ReportGroup[] =
    by === undefined
      ? []
      : orderGroupKeys(by, measured.groups.keys(), settings.week_start).map((key) => ({
          key: { [by]: groupValue(by, key) },
          kpis: measured.groups.get(key) as CallKpis,
          provisional: measured.groupsProvisional.get(key) ?? [],
        }));
  const totals = measured.totals;
  const coverage = {
    store: { first_call: span === null ? null : isoInstant(span.first), last_call: span === null ? null : isoInstant(span.last) },
    period: periodCoverage(db, period, span, zone),
    previous: compare ? periodCoverage(db, previousPeriod(period), span, zone) : null,
    repeat_window_complete_through: horizon === null ? null : isoInstant(horizon.at),
  };
  const provisionalKeys = new Set<string>(measured.provisional.map((entry) => entry.kpi));
  const report: CallReport = {
    period: { ...describePeriod(period), timezone: settings.timezone },
    params: { sl_threshold_s: settings.sl_threshold_s, short_abandon_s: settings.short_abandon_s, repeat_window_h: settings.repeat_window_h, stale_after_hours: settings.stale_after_hours },
    coverage,
    data_attention: dataAttention(span, coverage.period, Math.floor(request.now.getTime() / 1000), settings.stale_after_hours),
    totals,
    provisional: measured.provisional,
    groups,
    previous: null,
    targets: evaluateTargets(readTargets(db), totals).map((result) => (provisionalKeys.has(result.kpi) ? { ...result, met: null, provisional: true } : result)),
    events: reportEvents(db, period, zone),
  };
  if (!compare) return report;
  const before = measureCalls(db, previousPeriod(period), settings, horizon, by, parts);
  const comparable = coverage.period.complete && coverage.previous !== null && coverage.previous.complete;
  const change = kpiChange(totals, before.totals);
  for (const key of Object.keys(change) as (keyof typeof change)[]) {
    const provisional = provisionalKeys.has(key) || before.provisional.some((entry) => entry.kpi === key);
    if (!comparable || provisional) change[key] = null;
  }
  const previousGroups = by === undefined ? {} : { previous_groups: matchPreviousGroups(by, groups, before.groups, settings.week_start) };
  return { ...report, previous: before.totals, previous_provisional: before.provisional, change, comparable, ...previousGroups };
}

/**
 * Each group's KPIs in the previous period: the same agent, queue, hour or weekday; for days,
 * weeks and months the one at the same place in the period (a Monday against the Monday before).
 */
function matchPreviousGroups(by: Dimension, groups: readonly ReportGroup[], before: Map<GroupKey, CallKpis>, weekStart: Weekday) {
  const ordered = orderGroupKeys(by, before.keys(), weekStart);
  const byPlace = DIMENSION_RULES[by].matchedBy === 'place';
  const byValue = new Map(ordered.map((key) => [groupValue(by, key), before.get(key) as CallKpis]));
  return groups.map((group, index) => {
    const kpis = byPlace ? (ordered[index] === undefined ? undefined : before.get(ordered[index])) : byValue.get(group.key[by] ?? null);
    return { key: group.key, kpis: kpis ?? null };
  });
}
