import type { CallReport } from '../../../core/report/call-report.js';
import type { ReportCharts } from '../../../core/report/charts.js';
import type { Block } from '../document/model.js';

const WIDTH = 640;

/** A red dashed rule at a target, when one is set. */
function targetRule(report: CallReport, kpi: string, label: string) {
  const target = report.targets.find((result) => result.kpi === kpi);
  if (target === undefined) return [];
  return [
    {
      data: { values: [{ target: target.target, label: `${label} target ${target.op} ${Math.round(target.target * 1000) / 10}%` }] },
      layer: [
        { mark: { type: 'rule', strokeDash: [6, 4], color: kpi === 'service_level' ? '#1b7837' : '#b2182b' }, encoding: { y: { field: 'target', type: 'quantitative' } } },
        { mark: { type: 'text', align: 'left', dx: 4, dy: -6, fontSize: 10 }, encoding: { y: { field: 'target', type: 'quantitative' }, x: { value: 0 }, text: { field: 'label' } } },
      ],
    },
  ];
}

/** The charts of a report page, as Vega-Lite specs with their data inline (the store can feed all of these today). */
export function reportChartBlocks(report: CallReport, charts: ReportCharts): Block[] {
  const days = charts.days.map((group) => ({ day: group.key.day, ...group.kpis }));
  const rates = days.flatMap((day) => [
    { day: day.day, kpi: 'Service level', value: day.service_level },
    { day: day.day, kpi: 'Abandon rate', value: day.abandon_rate },
  ]);
  const volumes = days.flatMap((day) => [
    { day: day.day, kind: 'offered', calls: day.offered },
    { day: day.day, kind: 'answered', calls: day.answered },
    { day: day.day, kind: 'abandoned', calls: day.abandoned },
  ]);
  const dayAxis = { field: 'day', type: 'temporal', timeUnit: 'utcyearmonthdate', title: null, axis: { format: '%a %d %b', labelAngle: 0 } };
  const { weekdays } = charts;
  const heat = (field: string, title: string, scheme: string, format: string) => ({
    width: WIDTH - 120,
    height: 170,
    data: { values: charts.hours },
    mark: { type: 'rect', tooltip: false },
    encoding: {
      x: { field: 'hour', type: 'ordinal', title: 'hour of the day', scale: { domain: Array.from({ length: 24 }, (_, hour) => hour) } },
      y: { field: 'weekday', type: 'ordinal', title: null, sort: weekdays },
      color: { field, type: 'quantitative', title, scale: { scheme }, legend: { format } },
    },
  });
  const agents = charts.agents.filter((group) => group.kpis.answered > 0).map((group) => ({ agent: group.key.agent ?? '(unknown)', answered: group.kpis.answered, aht_s: group.kpis.aht_s }));
  const blocks: Block[] = [
    {
      kind: 'chart',
      key: 'rates-per-day',
      title: 'Service level and abandon rate per day',
      spec: {
        width: WIDTH,
        height: 220,
        layer: [
          {
            data: { values: rates },
            mark: { type: 'line', point: true },
            encoding: {
              x: dayAxis,
              y: { field: 'value', type: 'quantitative', title: null, axis: { format: '.0%' }, scale: { domain: [0, 1] } },
              color: { field: 'kpi', type: 'nominal', title: null, scale: { domain: ['Service level', 'Abandon rate'], range: ['#1b7837', '#b2182b'] } },
            },
          },
          ...targetRule(report, 'service_level', 'Service level'),
          ...targetRule(report, 'abandon_rate', 'Abandon rate'),
        ],
      },
    },
    {
      kind: 'chart',
      key: 'calls-per-day',
      title: 'Offered, answered and abandoned calls per day',
      spec: {
        width: WIDTH,
        height: 200,
        data: { values: volumes },
        mark: { type: 'bar' },
        encoding: {
          x: { field: 'day', type: 'ordinal', title: null, axis: { labelAngle: 0 } },
          xOffset: { field: 'kind', type: 'nominal', sort: ['offered', 'answered', 'abandoned'] },
          y: { field: 'calls', type: 'quantitative', title: 'calls' },
          color: { field: 'kind', type: 'nominal', title: null, sort: ['offered', 'answered', 'abandoned'], scale: { range: ['#4575b4', '#1b7837', '#b2182b'] } },
        },
      },
    },
    { kind: 'chart', key: 'arrivals-heat-map', title: 'Arrivals by hour and weekday', spec: heat('arrivals', 'calls', 'blues', 'd') },
    { kind: 'chart', key: 'service-level-heat-map', title: 'Service level by hour and weekday', spec: heat('service_level', 'service level', 'redyellowgreen', '.0%') },
  ];
  if (agents.length > 0) {
    blocks.push({
      kind: 'chart',
      key: 'agents',
      title: 'Calls answered per agent',
      spec: {
        width: WIDTH - 120,
        height: { step: 18 },
        data: { values: agents },
        mark: { type: 'bar', color: '#4575b4' },
        encoding: { y: { field: 'agent', type: 'nominal', title: null, sort: '-x' }, x: { field: 'answered', type: 'quantitative', title: 'answered calls' } },
      },
    });
  }
  return blocks;
}
