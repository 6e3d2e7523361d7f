import type { CallKpiValues, CallKpis } from '../kpi/catalogue.js';
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
  /** With --compare and --by only: each group's KPIs in the previous period, in the order of `groups`; null for a group without calls then. */
  previous_groups?: { key: ReportGroup['key']; kpis: CallKpis | null }[];
  /** Targets set on call KPIs, held against the totals. */
  targets: TargetResult[];
}
