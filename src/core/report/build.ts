import type { Store } from '../../db/open.js';
import { readSettings } from '../../db/settings.js';
import { readTargets } from '../../db/targets.js';
import type { CallKpis } from '../kpi/catalogue.js';
import { kpiChange } from '../kpi/change.js';
import { evaluateTargets } from '../targets/evaluate.js';
import { describePeriod, previousPeriod, type Period } from '../time/period.js';
import type { CallReport, ReportGroup } from './call-report.js';
import { groupValue, orderGroupKeys, type Dimension } from './dimension.js';
import { measureCalls } from './measure.js';
import { reportEvents } from './events.js';
import { Zone } from '../time/zone.js';

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
  const previous = compare ? measureCalls(db, previousPeriod(period), settings).totals : null;
  return {
    period: { ...describePeriod(period), timezone: settings.timezone },
    params: { sl_threshold_s: settings.sl_threshold_s, short_abandon_s: settings.short_abandon_s, repeat_window_h: settings.repeat_window_h },
    totals,
    groups,
    previous,
    ...(previous !== null ? { change: kpiChange(totals, previous) } : {}),
    targets: evaluateTargets(readTargets(db), totals),
    events: reportEvents(db, period, new Zone(settings.timezone)),
  };
}
