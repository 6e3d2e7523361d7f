import type { CallKpiValues, CallKpis } from '../kpi/catalogue.js';
import type { Volumes } from '../listening/events.js';
import type { TargetResult } from '../targets/target.js';
import type { Dimension, GroupValue } from './dimension.js';

/** A group of a grouped report: its key under the dimension's name, and its KPIs. */
export interface ReportGroup {
  key: Partial<Record<Dimension, GroupValue>>;
  kpis: CallKpis;
}

/**
 * The call report exactly as `svc report --format json` prints it. Scripts depend on this
 * shape: add keys only with care, never rename or remove one.
 */
export interface CallReport {
  period: { from: string; to: string; timezone: string };
  params: { sl_threshold_s: number; short_abandon_s: number; repeat_window_h: number };
  totals: CallKpis;
  /** Empty when the report is not grouped; otherwise the groups that have calls, in order. */
  groups: ReportGroup[];
  /** The previous period's totals with --compare, else null. */
  previous: CallKpis | null;
  /** With --compare only: totals minus previous, per KPI. */
  change?: CallKpiValues;
  /** Targets set on call KPIs, held against the totals. */
  targets: TargetResult[];
  /** Exceptional events that touch the period (svc event add), with the calls and complaints of their own time. */
  events: ReportEvent[];
}

export interface ReportEvent {
  id: number;
  /** ISO 8601 UTC instants; `to` is exclusive. */
  from: string;
  to: string;
  kind: string;
  what: string;
  during: Volumes;
  before: Volumes;
}
