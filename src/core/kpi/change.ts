import { CALL_KPI_KEYS, type CallKpiValues, type CallKpis } from './catalogue.js';

/** Current minus previous for each KPI (fractions change in fraction points); null where either is null. */
export function kpiChange(current: CallKpis, previous: CallKpis): CallKpiValues {
  const change = {} as CallKpiValues;
  for (const key of CALL_KPI_KEYS) {
    const now = current[key];
    const before = previous[key];
    change[key] = now === null || before === null ? null : now - before;
  }
  return change;
}
