import { CALL_KPIS, HEADLINE_KPIS, callKpiDefinition } from '../../../core/kpi/catalogue.js';
import type { CallReport } from '../../../core/report/call-report.js';
import type { Dimension } from '../../../core/report/dimension.js';
import type { TargetResult } from '../../../core/targets/target.js';
import { renderTable } from '../table.js';
import type { Column } from '../tabular.js';
import { coverageLines } from './coverage-lines.js';
import { formatKpiChange, formatKpiValue, formatTarget } from './format.js';
import { groupLabel, parameterLine, periodHeading } from './labels.js';

export interface ReportTableOptions {
  borders: boolean;
  by?: Dimension;
  /** The previous period's days, when the report compares. */
  previousPeriod: { from: string; to: string } | null;
  /** Marks a met or missed target (colour on a terminal, the word alone otherwise). */
  paint: { met(text: string): string; missed(text: string): string };
}

function status(result: TargetResult | undefined, paint: ReportTableOptions['paint']): string {
  if (result === undefined) return '';
  if (result.provisional) return 'provisional';
  if (result.met === null) return 'no data';
  return result.met ? paint.met('met') : paint.missed('missed');
}

/** The report for people: the heading, the parameters, every KPI with its target, then the groups. */
export function renderReportTable(report: CallReport, options: ReportTableOptions): string {
  if (report.totals.answered === 0 && report.totals.abandoned === 0) {
    return [`No calls between ${report.period.from} and ${report.period.to} (${report.period.timezone}).`, ...coverageLines(report).slice(1)].join('\n') + '\n';
  }
  const compared = report.previous !== null;
  const targeted = report.targets.length > 0;
  const columns: Column[] = [
    { key: 'kpi', header: 'KPI' },
    { key: 'value', header: 'value', align: 'right' },
    ...(compared ? [{ key: 'previous', header: 'previous', align: 'right' as const }, { key: 'change', header: 'change', align: 'right' as const }] : []),
    ...(targeted ? [{ key: 'target', header: 'target' }, { key: 'status', header: 'status' }] : []),
  ];
  const rows = CALL_KPIS.map(({ key, unit }) => {
    const result = report.targets.find((target) => target.kpi === key);
    return {
      kpi: key,
      value: formatKpiValue(unit, report.totals[key]),
      previous: formatKpiValue(unit, report.previous?.[key] ?? null),
      change: formatKpiChange(unit, report.change?.[key] ?? null),
      target: result === undefined ? '' : formatTarget(unit, result.op, result.target),
      status: status(result, options.paint),
    };
  });
  const parts = [`${periodHeading(report.period, options.previousPeriod)}\n${parameterLine(report.params)}\n\n`, renderTable({ columns, rows }, options)];
  if (options.by !== undefined) parts.push(`\nBy ${options.by}:\n`, renderTable(groupTable(report, options.by), options));
  parts.push(`\n${coverageLines(report).join('\n')}\n`);
  return parts.join('');
}

/** One row per group with the headline KPIs; --format csv, md or json has all of them. */
function groupTable(report: CallReport, by: Dimension) {
  const columns: Column[] = [{ key: by, header: by }, ...HEADLINE_KPIS.map((key) => ({ key, header: callKpiDefinition(key).short, align: 'right' as const }))];
  const rows = report.groups.map((group) => ({
    [by]: groupLabel(group.key[by] ?? null, by),
    ...Object.fromEntries(HEADLINE_KPIS.map((key) => [key, formatKpiValue(callKpiDefinition(key).unit, group.kpis[key])])),
  }));
  return { columns, rows };
}
