import { CALL_KPIS, type CallKpis } from '../../../core/kpi/catalogue.js';
import type { CallReport } from '../../../core/report/call-report.js';
import type { Dimension } from '../../../core/report/dimension.js';
import type { Column, TableBlock, Value } from '../document/model.js';
import { kpiType } from '../views/kpi-types.js';

/**
 * The report for csv: one row per group with --by, else the period's totals (and the previous
 * period's with --compare), the KPI keys as columns, raw numbers.
 */
export function reportRows(report: CallReport, options: { by?: Dimension; previousPeriod: { from: string; to: string } | null }): TableBlock {
  const kpiCells = (kpis: CallKpis) => Object.fromEntries(CALL_KPIS.map(({ key }) => [key, kpis[key]]));
  const kpiColumns: Column[] = CALL_KPIS.map(({ key, name }) => ({ key, label: name, ...kpiType(key) }));
  const { by } = options;
  const table = { kind: 'table', key: 'report', audience: 'data' } as const;
  if (by !== undefined) {
    return {
      ...table,
      columns: [{ key: by, label: by, type: 'text' }, ...kpiColumns],
      rows: report.groups.map((group) => ({ [by]: group.key[by] ?? null, ...kpiCells(group.kpis) }) as Record<string, Value>),
    };
  }
  const rows: Record<string, Value>[] = [{ from: report.period.from, to: report.period.to, ...kpiCells(report.totals) }];
  if (report.previous !== null && options.previousPeriod !== null) rows.push({ ...options.previousPeriod, ...kpiCells(report.previous) });
  return { ...table, columns: [{ key: 'from', label: 'from', type: 'time' }, { key: 'to', label: 'to', type: 'time' }, ...kpiColumns], rows };
}
