import { axisY, dot, gridY, line, rect, ruleX, ruleY, text, type Markish } from '@observablehq/plot';
import { categoryAxis } from './categories.js';
import { eventMarks, eventsHeadroom } from './events.js';
import { GRID, INK, drawFigure } from './frame.js';
import { countTicks, formatter } from './format.js';
import type { BarsPlot } from './plot.js';

interface Bar {
  index: number;
  series: string;
  value: number;
  /** Where the bar starts and ends along the value axis (stacked bars start on the one below). */
  from: number;
  to: number;
  /** Its edges along the category axis, a category being 1 wide. */
  left: number;
  right: number;
}

const BAND = 0.8;

/** The bars worth drawing (a zero has no height), side by side within each category or stacked. */
function barsOf(plot: BarsPlot): Bar[] {
  const count = plot.stacked ? 1 : plot.series.length;
  const width = BAND / count;
  const gap = count > 1 ? width * 0.08 : 0;
  const below = plot.categories.map(() => 0);
  return plot.series.flatMap((series, which) =>
    series.values.flatMap((amount, index) => {
      if (amount === null || amount <= 0) return [];
      const from = plot.stacked ? below[index]! : 0;
      if (plot.stacked) below[index] = from + amount;
      const left = index - BAND / 2 + (plot.stacked ? 0 : which * width) + gap / 2;
      return [{ index, series: series.name, value: amount, from, to: from + amount, left, right: left + width - gap }];
    }),
  );
}

/** Bars up from a base line: side by side per category, or stacked; with a share line on its own axis. */
export function verticalBars(plot: BarsPlot, label: string): string {
  const bars = barsOf(plot);
  const value = formatter(plot.format);
  const ticks = countTicks(Math.max(1, ...bars.map((bar) => bar.to)));
  const top = ticks.at(-1)!;
  const { x, axis } = categoryAxis(plot.categories);
  const share = plot.share;
  const named = plot.series.length > 1 || share !== undefined;
  const names = [...plot.series, ...(share ? [share] : [])];
  const marks: Markish[] = [
    ...eventMarks(plot.spans),
    axis,
    gridY(ticks, { stroke: GRID, strokeOpacity: 1 }),
    axisY(ticks, { tickFormat: formatter(plot.format, true), label: plot.axisTitle ?? null }),
    rect(bars, {
      x1: 'left',
      x2: 'right',
      y1: 'from',
      y2: 'to',
      fill: 'series',
      ariaLabel: (bar: Bar) => `${plot.categories[bar.index]}, ${bar.series}: ${value(bar.value)}`,
      title: (bar: Bar) => `${plot.categories[bar.index]}, ${bar.series}: ${value(bar.value)}`,
    }),
    ruleY([0], { stroke: INK }),
  ];
  if (share) {
    const points = share.values.flatMap((amount, index) => (amount === null ? [] : [{ index, amount }]));
    const rate = formatter('rate');
    const scaled = { x: 'index', y: (point: { amount: number }) => point.amount * top };
    marks.push(
      axisY([0, 0.25, 0.5, 0.75, 1].map((fraction) => fraction * top), { anchor: 'right', tickFormat: (tick: number) => formatter('rate', true)(tick / top), label: null }),
      line(points, { ...scaled, stroke: share.color, strokeWidth: 2 }),
      dot(points, {
        ...scaled,
        fill: share.color,
        r: 3.5,
        ariaLabel: (point: { index: number; amount: number }) => `${plot.categories[point.index]}, ${share.name}: ${rate(point.amount)}`,
        title: (point: { index: number; amount: number }) => `${plot.categories[point.index]}, ${share.name}: ${rate(point.amount)}`,
      }),
    );
  }
  if (plot.marker) {
    const at = plot.marker.at - 0.5;
    marks.push(
      ruleX([at], { stroke: '#b2182b', strokeDasharray: '6 4', strokeWidth: 1.5, className: 'marker' }),
      text([plot.marker.label], { x: at, frameAnchor: 'top', textAnchor: 'start', lineAnchor: 'top', dx: 4, fill: '#b2182b', fontSize: 10 }),
    );
  }
  return drawFigure(
    {
      height: 250 + eventsHeadroom(plot.spans),
      marginLeft: 48,
      marginRight: share ? 44 : 20,
      marginTop: 24 + eventsHeadroom(plot.spans),
      x,
      y: { domain: [0, top] },
      color: { domain: names.map((series) => series.name), range: names.map((series) => series.color), legend: named },
      marks,
    },
    label,
  );
}
