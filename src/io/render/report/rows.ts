import { CALL_KPIS, type CallKpis } from '../../../core/kpi/catalogue.js';
import type { CallReport } from '../../../core/report/call-report.js';
import type { Dimension } from '../../../core/report/dimension.js';
import type { Cell, Column, Tabular } from '../tabular.js';
import { formatKpiValue } from './format.js';
import { groupLabel } from './labels.js';

/**
 * The report as rows with the KPI keys as columns: one row per group with --by, else the
 * period's totals (and the previous period's with --compare). Raw numbers for CSV, values
 * formatted for people for Markdown.
 */
export function reportRows(report: CallReport, options: { by?: Dimension; previousPeriod: { from: string; to: string } | null; formatted: boolean }): Tabular {
  const kpiCells = (kpis: CallKpis) => Object.fromEntries(CALL_KPIS.map(({ key, unit }) => [key, options.formatted ? formatKpiValue(unit, kpis[key]) : kpis[key]]));
  const kpiColumns: Column[] = CALL_KPIS.map(({ key }) => ({ key, header: key, align: 'right' }));
  const { by } = options;
  if (by !== undefined) {
    return {
      columns: [{ key: by, header: by }, ...kpiColumns],
      rows: report.groups.map((group) => {
        const value = group.key[by] ?? null;
        return { [by]: options.formatted ? groupLabel(value, by) : value, ...kpiCells(group.kpis) } as Record<string, Cell>;
      }),
      empty: `No calls between ${report.period.from} and ${report.period.to}.`,
    };
  }
  const rows: Record<string, Cell>[] = [{ from: report.period.from, to: report.period.to, ...kpiCells(report.totals) }];
  if (report.previous !== null && options.previousPeriod !== null) rows.push({ ...options.previousPeriod, ...kpiCells(report.previous) });
  return { columns: [{ key: 'from', header: 'from' }, { key: 'to', header: 'to' }, ...kpiColumns], rows };
}
