import type { CallKpiValues, CallKpis } from '../kpi/catalogue.js';
import type { TargetResult } from '../targets/target.js';
import type { Coverage } from './coverage.js';
import type { Dimension, GroupValue } from './dimension.js';
import type { ProvisionalKpi } from './provisional.js';

/** A group of a grouped report: its key under the dimension's name, and its KPIs. */
export interface ReportGroup {
  key: Partial<Record<Dimension, GroupValue>>;
  kpis: CallKpis;
  /** This group's provisional KPIs (see CallReport.provisional). */
  provisional: ProvisionalKpi[];
}

/**
 * The call report exactly as `svc report --format json` prints it. Scripts depend on this
 * shape: add keys only with care, never rename or remove one.
 */
export interface CallReport {
  period: { from: string; to: string; timezone: string };
  params: { sl_threshold_s: number; short_abandon_s: number; repeat_window_h: number; stale_after_hours: number };
  /** The data the numbers stand on: first and last call in the store and in the period(s), days without calls. */
  coverage: Coverage;
  /** Data problems that need attention whatever the targets say: no calls in the period, a stale store. */
  data_attention: DataAttention[];
  totals: CallKpis;
  /** KPIs of the totals whose look-ahead window the store does not yet cover for every call. */
  provisional: ProvisionalKpi[];
  /** Empty when the report is not grouped; otherwise the groups that have calls, in order. */
  groups: ReportGroup[];
  /** The previous period's totals with --compare, else null. */
  previous: CallKpis | null;
  /** With --compare only: the previous period's provisional KPIs. */
  previous_provisional?: ProvisionalKpi[];
  /**
   * With --compare only: totals minus previous, per KPI; null for a KPI provisional in either
   * period, and for every KPI when either period is only partly covered by the store's data.
   */
  change?: CallKpiValues;
  /** With --compare only: false when either period is only partly covered, so no change is a trend. */
  comparable?: boolean;
  /** Targets set on call KPIs, held against the totals; a provisional KPI's target is neither met nor missed. */
  targets: TargetResult[];
}

/** `no-calls`: the period has none; `stale`: the newest call in the store is older than stale_after_hours. */
export interface DataAttention {
  kind: 'no-calls' | 'stale';
  /** The newest call in the store (ISO 8601, UTC), or null when it has none. */
  newest_call: string | null;
  /** For `stale`: hours from the newest call to now. */
  hours_since?: number;
}
