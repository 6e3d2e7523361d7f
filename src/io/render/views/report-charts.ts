import type { CallReport } from '../../../core/report/call-report.js';
import type { ReportCharts } from '../../../core/report/charts.js';
import type { Block } from '../document/model.js';
import type { Rule, Span } from '../document/plot/plot.js';
import { waitBucketLabels, thresholdPosition } from './wait-buckets.js';

const GREEN = '#1b7837';
const RED = '#b2182b';
const BLUE = '#4575b4';
const AMBER = '#e08214';
const GREY = '#9e9e9e';

/** `Mon 09 Nov`: a day on a time axis. */
function dayLabel(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return `${date.toLocaleDateString('en-GB', { weekday: 'short', timeZone: 'UTC' })} ${iso.slice(8, 10)} ${date.toLocaleDateString('en-GB', { month: 'short', timeZone: 'UTC' })}`;
}

/** A dashed line at a rate KPI's target, when one is set. */
function targetRule(report: CallReport, kpi: string, name: string, color: string): Rule[] {
  const target = report.targets.find((result) => result.kpi === kpi);
  return target === undefined ? [] : [{ value: target.target, label: `${name} target ${target.op} ${Math.round(target.target * 1000) / 10}%`, color }];
}

/** The charts of a report page, as plots of the numbers the report itself stands on. */
export function reportChartBlocks(report: CallReport, charts: ReportCharts): Block[] {
  const byDay = new Map(charts.days.map((group) => [group.key.day as string, group.kpis]));
  const days = charts.periodDays.map((day) => byDay.get(day) ?? null);
  const categories = charts.periodDays.map(dayLabel);
  const spans: Span[] = charts.events;
  const blocks: Block[] = [
    {
      kind: 'chart',
      key: 'rates-per-day',
      title: 'Service level and abandon rate per day',
      plot: {
        type: 'lines',
        categories,
        format: 'rate',
        domain: [0, 1],
        series: [
          { name: 'Service level', color: GREEN, values: days.map((kpis) => kpis?.service_level ?? null) },
          { name: 'Abandon rate', color: RED, values: days.map((kpis) => kpis?.abandon_rate ?? null) },
        ],
        rules: [...targetRule(report, 'service_level', 'Service level', GREEN), ...targetRule(report, 'abandon_rate', 'Abandon rate', RED)],
        spans,
      },
    },
    {
      kind: 'chart',
      key: 'calls-per-day',
      title: 'Offered, answered and abandoned calls per day',
      plot: {
        type: 'bars',
        categories,
        format: 'count',
        axisTitle: 'calls',
        series: [
          { name: 'offered', color: BLUE, values: days.map((kpis) => kpis?.offered ?? 0) },
          { name: 'answered', color: GREEN, values: days.map((kpis) => kpis?.answered ?? 0) },
          { name: 'abandoned', color: RED, values: days.map((kpis) => kpis?.abandoned ?? 0) },
        ],
        spans,
      },
    },
    heatMap(charts, 'arrivals-heat-map', 'Arrivals by hour and weekday', 'arrivals'),
    heatMap(charts, 'service-level-heat-map', 'Service level by hour and weekday', 'service_level'),
    waitChart(charts),
  ];
  const agents = charts.agents.filter((group) => group.kpis.answered > 0);
  if (agents.length > 0) {
    blocks.push({
      kind: 'chart',
      key: 'agents',
      title: 'Calls answered per agent',
      plot: { type: 'bars', horizontal: true, format: 'count', axisTitle: 'answered calls', categories: agents.map((group) => String(group.key.agent ?? '(unknown)')), series: [{ name: 'answered', color: BLUE, values: agents.map((group) => group.kpis.answered) }] },
    });
  }
  blocks.push(...complaintsPareto(charts), ...commitmentsChart(charts));
  return blocks;
}

function heatMap(charts: ReportCharts, key: string, title: string, field: 'arrivals' | 'service_level'): Block {
  const hours = Array.from({ length: 24 }, (_, hour) => hour);
  const cell = new Map(charts.hours.map((entry) => [`${entry.weekday} ${entry.hour}`, entry]));
  return {
    kind: 'chart',
    key,
    title,
    plot: {
      type: 'heat',
      rows: charts.weekdays.map((weekday) => weekday.slice(0, 3)),
      columns: hours.map(String),
      values: charts.weekdays.map((weekday) => hours.map((hour) => cell.get(`${weekday} ${hour}`)?.[field] ?? null)),
      format: field === 'arrivals' ? 'count' : 'rate',
      scheme: field === 'arrivals' ? 'blues' : 'red-yellow-green',
      legendTitle: field === 'arrivals' ? 'calls' : 'service level',
      axisTitle: 'hour of the day',
    },
  };
}

function waitChart(charts: ReportCharts): Block {
  const { edges, counts, thresholdS } = charts.waits;
  return {
    kind: 'chart',
    key: 'wait-distribution',
    title: 'Waits of answered calls',
    plot: {
      type: 'bars',
      categories: waitBucketLabels(edges),
      format: 'count',
      axisTitle: 'answered calls',
      series: [{ name: 'answered calls', color: BLUE, values: counts }],
      marker: { at: thresholdPosition(edges, thresholdS), label: `T = ${thresholdS} s` },
    },
  };
}

function complaintsPareto(charts: ReportCharts): Block[] {
  if (charts.complaints.length === 0) return [{ kind: 'paragraph', text: 'No complaints were received in the period.' }];
  return [
    {
      kind: 'chart',
      key: 'complaints-pareto',
      title: 'Complaints by category (Pareto)',
      plot: {
        type: 'bars',
        categories: charts.complaints.map((row) => row.category),
        format: 'count',
        axisTitle: 'complaints',
        series: [{ name: 'complaints', color: AMBER, values: charts.complaints.map((row) => row.count) }],
        share: { name: 'cumulative share', color: '#542788', values: charts.complaints.map((row) => row.cumulative_share) },
      },
    },
  ];
}

function commitmentsChart(charts: ReportCharts): Block[] {
  const weeks = charts.commitments;
  if (weeks.every((week) => week.kept_on_time + week.kept_late + week.broken + week.open === 0)) {
    return [{ kind: 'paragraph', text: `No commitments were due in the ${weeks.length} weeks to ${weeks.at(-1)?.week ?? ''}.` }];
  }
  return [
    {
      kind: 'chart',
      key: 'commitments-per-week',
      title: 'Commitments due per week, by how they ended',
      plot: {
        type: 'bars',
        stacked: true,
        categories: weeks.map((week) => `${dayLabel(week.week).slice(4)}`),
        format: 'count',
        axisTitle: 'commitments',
        series: [
          { name: 'kept on time', color: GREEN, values: weeks.map((week) => week.kept_on_time) },
          { name: 'kept late', color: '#a6dba0', values: weeks.map((week) => week.kept_late) },
          { name: 'broken or cancelled', color: RED, values: weeks.map((week) => week.broken) },
          { name: 'open', color: GREY, values: weeks.map((week) => week.open) },
        ],
      },
    },
  ];
}
