import { scaleBand, scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { baseLine, categoryAxis, valueAxis } from './axis.js';
import { legend } from './legend.js';
import type { BarsPlot } from './plot.js';
import { shadedSpans } from './spans.js';
import { WIDTH, el, formatter, labelWidth, shorten, svg, text, tooltip } from './svg.js';

const TOP = 26;
const PLOT_HEIGHT = 200;

/** Bars up from a base line: side by side per category, or stacked; with a share line on its own axis. */
export function verticalBars(plot: BarsPlot, label: string): string {
  const left = 52;
  const right = WIDTH - (plot.share ? 48 : 14);
  const bottom = TOP + PLOT_HEIGHT;
  const indices = plot.categories.map((_, index) => index);
  const x = scaleBand<number>().domain(indices).range([left, right]).paddingInner(0.2).paddingOuter(0.1);
  const totals = indices.map((index) =>
    plot.stacked ? plot.series.reduce((sum, series) => sum + (series.values[index] ?? 0), 0) : Math.max(0, ...plot.series.map((series) => series.values[index] ?? 0)),
  );
  const y = scaleLinear().domain([0, Math.max(1, ...totals)]).nice().range([bottom, TOP]);
  const inner = scaleBand<number>().domain(plot.series.map((_, index) => index)).range([0, x.bandwidth()]).padding(plot.series.length > 1 ? 0.08 : 0);
  const value = formatter(plot.format);
  const step = x.step();
  const edge = (index: number) => (x(index) ?? left) - (step * x.paddingInner()) / 2;

  const marks = plot.series.map((series, which) => {
    const bars = indices.map((index) => {
      const amount = series.values[index];
      if (amount === null || amount === undefined || amount <= 0) return '';
      const below = plot.stacked ? plot.series.slice(0, which).reduce((sum, other) => sum + (other.values[index] ?? 0), 0) : 0;
      const bx = plot.stacked ? x(index)! : x(index)! + inner(which)!;
      const width = plot.stacked ? x.bandwidth() : inner.bandwidth();
      const top = y(below + amount);
      const what = `${plot.categories[index]}, ${series.name}: ${value(amount)}`;
      return el('rect', { role: 'graphics-symbol', 'aria-label': what, x: bx, y: top, width, height: y(below) - top, fill: series.color }, tooltip(what));
    });
    return el('g', { class: 'role-mark', 'data-series': series.name }, bars.join(''));
  });

  const parts = [
    valueAxis(y, plot.format, { x1: left, x2: right, side: 'left', grid: true, title: plot.axisTitle }),
    shadedSpans(plot.spans, edge, (index) => edge(index) + step, TOP, bottom),
    ...marks,
    baseLine(left, right, bottom),
    categoryAxis(plot.categories, (index) => x(index)! + x.bandwidth() / 2, step, bottom + 15),
  ];
  if (plot.share) parts.push(shareLine(plot, x, bottom, right));
  if (plot.marker) {
    const at = edge(0) + plot.marker.at * step;
    parts.push(el('g', { class: 'marker' }, el('line', { x1: at, x2: at, y1: TOP - 4, y2: bottom, stroke: '#b2182b', 'stroke-dasharray': '6 4', 'stroke-width': 1.5 }) + text(at + 4, TOP + 6, plot.marker.label, { fill: '#b2182b', 'font-size': 10 })));
  }
  const named = plot.series.length > 1 || plot.share !== undefined;
  const height = bottom + (named ? 48 : 26);
  if (named) parts.push(legend([...plot.series, ...(plot.share ? [plot.share] : [])], left, bottom + 40, plot.share?.name));
  return svg(height, label, parts.join(''));
}

/** The cumulative share over the bars: a line on a 0–100 % axis on the right. */
function shareLine(plot: BarsPlot, x: ReturnType<typeof scaleBand<number>>, bottom: number, right: number): string {
  const share = plot.share!;
  const y = scaleLinear().domain([0, 1]).range([bottom, TOP]);
  const centre = (index: number) => x(index)! + x.bandwidth() / 2;
  const points = share.values.map((amount, index) => [index, amount] as const).filter((point): point is readonly [number, number] => point[1] !== null);
  const path = line<readonly [number, number]>()
    .x(([index]) => centre(index))
    .y(([, amount]) => y(amount))(points);
  const dots = points.map(([index, amount]) => {
    const what = `${plot.categories[index]}, ${share.name}: ${formatter('rate')(amount)}`;
    return el('circle', { role: 'graphics-symbol', 'aria-label': what, cx: centre(index), cy: y(amount), r: 3.5, fill: share.color }, tooltip(what));
  });
  return (
    valueAxis(y, 'rate', { x1: x.range()[0], x2: right, side: 'right', grid: false }) +
    el('g', { class: 'role-mark', 'data-series': share.name }, el('path', { d: path ?? '', fill: 'none', stroke: share.color, 'stroke-width': 2 }) + dots.join(''))
  );
}

/** Bars to the right, one row per category with its name on the left and its value at the bar's end. */
export function horizontalBars(plot: BarsPlot, label: string): string {
  const names = plot.categories.map((category) => shorten(category, 24));
  const left = Math.min(170, Math.max(40, ...names.map(labelWidth)) + 12);
  const right = WIDTH - 56;
  const rowHeight = 18;
  const top = 8;
  const bottom = top + rowHeight * plot.categories.length;
  const series = plot.series[0]!;
  const y = scaleBand<number>().domain(plot.categories.map((_, index) => index)).range([top, bottom]).padding(0.2);
  const x = scaleLinear().domain([0, Math.max(1, ...series.values.map((amount) => amount ?? 0))]).nice().range([left, right]);
  const value = formatter(plot.format);
  const bars = series.values.map((amount, index) => {
    if (amount === null || amount <= 0) return '';
    const what = `${plot.categories[index]}: ${value(amount)}`;
    return el('rect', { role: 'graphics-symbol', 'aria-label': what, x: left, y: y(index)!, width: x(amount) - left, height: y.bandwidth(), fill: series.color }, tooltip(what)) + text(x(amount) + 4, y(index)! + y.bandwidth() - 3, value(amount), { 'font-size': 10 });
  });
  const labels = names.map((name, index) => text(left - 6, y(index)! + y.bandwidth() - 3, name, { 'text-anchor': 'end' }));
  const ticks = x.ticks(5).filter(Number.isInteger);
  const axis = ticks.map((tick) => el('line', { x1: x(tick), x2: x(tick), y1: top, y2: bottom, stroke: '#e6e6e6' }) + text(x(tick), bottom + 14, formatter(plot.format, true)(tick), { 'text-anchor': 'middle' }));
  const title = plot.axisTitle ? text((left + right) / 2, bottom + 30, plot.axisTitle, { 'text-anchor': 'middle', fill: '#666' }) : '';
  return svg(bottom + (plot.axisTitle ? 38 : 22), label, el('g', { class: 'axis' }, axis.join('') + labels.join('')) + el('g', { class: 'role-mark' }, bars.join('')) + title);
}
