import { CALL_KPIS, HEADLINE_KPIS, callKpiDefinition, type CallKpiKey, type CallKpis } from '../../../core/kpi/catalogue.js';
import type { CallReport, ReportGroup } from '../../../core/report/call-report.js';
import type { ReportCharts } from '../../../core/report/charts.js';
import type { Dimension } from '../../../core/report/dimension.js';
import type { Block, Column, Document, Value } from '../document/model.js';
import { formatTarget } from '../report/format.js';
import { coverageLines } from '../report/coverage-lines.js';
import { groupLabel, parameterLine, periodHeading } from '../report/labels.js';
import { reportRows } from '../report/rows.js';
import { reportChartBlocks } from './report-charts.js';
import { kpiChangeType, kpiType } from './kpi-types.js';

export interface ReportViewOptions {
  by?: Dimension;
  previousPeriod: { from: string; to: string } | null;
  /** The totals of the last periods, oldest first, the current one last (--compare). */
  /** The last periods' totals, oldest first; null for a period the store has no data for. */
  trend: (CallKpis | null)[] | null;
  explain: boolean;
  charts: ReportCharts | null;
}

/** What an agent answers for; waits and abandons belong to the queue, not to whoever answered. */
const AGENT_KPIS: readonly CallKpiKey[] = ['answered', 'talk_avg_s', 'hold_avg_s', 'aht_s', 'fcr_rate', 'csat_avg'];

/** The call report as a document: the KPIs against their targets, the groups, the charts, the definitions. */
export function reportView(report: CallReport, options: ReportViewOptions): Document {
  const heading = periodHeading(report.period, options.previousPeriod);
  const blocks: Block[] = [{ kind: 'heading', text: heading }, { kind: 'paragraph', text: parameterLine(report.params) }];
  // What the numbers stand on: the `Data:` line, then a note for each thing that limits them.
  const [dataLine, ...notes] = coverageLines(report);
  const coverage: Block[] = [{ kind: 'paragraph', text: dataLine! }, ...notes.map((note): Block => ({ kind: 'note', text: note.replace(/^Note: /, '') }))];
  if (report.totals.answered === 0 && report.totals.abandoned === 0) {
    blocks.push({ kind: 'paragraph', text: `No calls between ${report.period.from} and ${report.period.to} (${report.period.timezone}).` }, ...coverage.slice(1));
  } else {
    blocks.push(kpiTable(report, options));
    if (options.by !== undefined) blocks.push(...groupBlocks(report, options.by));
    blocks.push(...coverage);
    if (options.charts !== null) blocks.push(...reportChartBlocks(report, options.charts));
  }
  if (options.explain) blocks.push(explainBlock(report));
  blocks.push(reportRows(report, { by: options.by, previousPeriod: options.previousPeriod }));
  return { title: heading, blocks, json: report };
}

function kpiTable(report: CallReport, options: ReportViewOptions): Block {
  const compared = report.previous !== null;
  const targeted = report.targets.length > 0;
  const columns: Column[] = [
    { key: 'kpi', label: 'KPI', type: 'text' },
    { key: 'value', label: 'value', type: 'count' },
    ...(compared ? [{ key: 'previous', label: 'previous', type: 'count' as const }, { key: 'change', label: 'change', type: 'change' as const }] : []),
    ...(options.trend !== null ? [{ key: 'trend', label: `last ${options.trend.length}`, type: 'trend' as const }] : []),
    ...(targeted ? [{ key: 'target', label: 'target', type: 'text' as const }, { key: 'status', label: 'status', type: 'status' as const }] : []),
  ];
  const rows = CALL_KPIS.map(({ key, name }) => {
    const result = report.targets.find((target) => target.kpi === key);
    const type = kpiType(key);
    return {
      kpi: name,
      value: { ...type, value: report.totals[key] },
      previous: { ...type, value: report.previous?.[key] ?? null },
      change: { ...kpiChangeType(key), value: report.change?.[key] ?? null },
      trend: options.trend?.map((kpis) => kpis?.[key] ?? null) ?? null,
      target: result === undefined ? '' : formatTarget(callKpiDefinition(key).unit, result.op, result.target),
      status: result === undefined ? '' : result.provisional ? 'provisional' : result.met === null ? 'no data' : result.met ? 'met' : 'missed',
    } as Record<string, Value>;
  });
  return { kind: 'table', key: 'kpis', audience: 'people', columns, rows };
}

function groupBlocks(report: CallReport, by: Dimension): Block[] {
  const agents = by === 'agent';
  const keys = agents ? AGENT_KPIS : HEADLINE_KPIS;
  const shown = agents ? report.groups.filter((group) => group.kpis.answered > 0) : report.groups;
  const previous = new Map((report.previous_groups ?? []).map((entry, index) => [report.groups[index]!, entry.kpis]));
  const columns: Column[] = [
    { key: 'group', label: by, type: 'text' },
    ...keys.flatMap((key): Column[] => {
      const column: Column = { key, label: callKpiDefinition(key).short, ...kpiType(key) };
      return agents && key === 'answered' ? [column, { key: 'share', label: 'share', type: 'rate' }] : [column];
    }),
  ];
  // An agent's share is of the answered calls of the same period.
  const row = (label: string, kpis: CallKpis | null, all: CallKpis | null): Record<string, Value> => ({
    group: label,
    ...Object.fromEntries(keys.map((key) => [key, kpis?.[key] ?? null])),
    share: kpis === null || all === null || all.answered === 0 ? null : kpis.answered / all.answered,
  });
  const rows = shown.flatMap((group: ReportGroup) => {
    const current = row(groupLabel(group.key[by] ?? null, by), group.kpis, report.totals);
    return report.previous_groups === undefined ? [current] : [current, row('before', previous.get(group) ?? null, report.previous)];
  });
  const blocks: Block[] = [{ kind: 'table', key: 'groups', audience: 'people', title: `By ${by}:`, columns, rows, empty: `No calls by ${by}.` }];
  const unassigned = report.groups.filter((group) => group.kpis.answered === 0).reduce((sum, group) => sum + group.kpis.abandoned, 0);
  if (agents && unassigned > 0) {
    blocks.push({ kind: 'note', text: `${unassigned} abandoned ${unassigned === 1 ? 'call has' : 'calls have'} no agent: waits and abandons belong to the queue (svc report --by queue).` });
  }
  return blocks;
}

function explainBlock(report: CallReport): Block {
  const { sl_threshold_s: t, short_abandon_s: s, repeat_window_h: w } = report.params;
  return {
    kind: 'list',
    title: 'Definitions',
    items: [
      ...CALL_KPIS.map(({ key, name, explain }) => `${name} (${key}): ${explain}`),
      `T = ${t} s (service-level threshold), S = ${s} s (short-abandon threshold), W = ${w} h (repeat window); a call counts in the day and hour of its arrival in ${report.period.timezone}.`,
    ],
  };
}
