import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import { baseLine, categoryAxis, valueAxis } from './axis.js';
import { legend } from './legend.js';
import type { LinesPlot } from './plot.js';
import { shadedSpans } from './spans.js';
import { WIDTH, el, formatter, svg, text, tooltip } from './svg.js';

const TOP = 26;
const PLOT_HEIGHT = 200;

/** A line per series across the categories (a gap where a value is missing), with dashed target lines. */
export function lines(plot: LinesPlot, label: string): string {
  const left = 52;
  const right = WIDTH - 14;
  const bottom = TOP + PLOT_HEIGHT;
  const indices = plot.categories.map((_, index) => index);
  const x = scalePoint<number>().domain(indices).range([left, right]).padding(0.5);
  const known = plot.series.flatMap((series) => series.values.filter((value): value is number => value !== null));
  const y = scaleLinear()
    .domain(plot.domain ? [...plot.domain] : [0, Math.max(1, ...known, ...(plot.rules ?? []).map((rule) => rule.value))])
    .nice()
    .range([bottom, TOP]);
  const value = formatter(plot.format);
  const step = x.step();

  const rules = (plot.rules ?? []).map((rule) =>
    el('g', { class: 'target' }, el('line', { x1: left, x2: right, y1: y(rule.value), y2: y(rule.value), stroke: rule.color, 'stroke-dasharray': '6 4', 'stroke-width': 1.5 }) + text(left + 4, y(rule.value) - 5, rule.label, { fill: rule.color, 'font-size': 10 })),
  );
  const marks = plot.series.map((series) => {
    const points = series.values.map((amount, index) => [index, amount] as const).filter((point): point is readonly [number, number] => point[1] !== null);
    const path = line<number | null>()
      .defined((amount) => amount !== null)
      .x((_, index) => x(index)!)
      .y((amount) => y(amount!))(series.values);
    const dots = points.map(([index, amount]) => {
      const what = `${plot.categories[index]}, ${series.name}: ${value(amount)}`;
      return el('circle', { role: 'graphics-symbol', 'aria-label': what, cx: x(index)!, cy: y(amount), r: 3.5, fill: series.color }, tooltip(what));
    });
    return el('g', { class: 'role-mark', 'data-series': series.name }, el('path', { d: path ?? '', fill: 'none', stroke: series.color, 'stroke-width': 2 }) + dots.join(''));
  });
  const parts = [
    valueAxis(y, plot.format, { x1: left, x2: right, side: 'left', grid: true }),
    shadedSpans(plot.spans, (index) => x(index)! - step / 2, (index) => x(index)! + step / 2, TOP, bottom),
    ...rules,
    ...marks,
    baseLine(left, right, bottom),
    categoryAxis(plot.categories, (index) => x(index)!, step, bottom + 15),
    legend(plot.series, left, bottom + 40),
  ];
  return svg(bottom + 48, label, parts.join(''));
}
