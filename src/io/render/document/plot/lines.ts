import { dot, line, ruleY, text } from '@observablehq/plot';
import { categoryAxis } from './categories.js';
import { eventMarks, eventsHeadroom } from './events.js';
import { GRID, drawFigure } from './frame.js';
import { formatter } from './format.js';
import type { LinesPlot } from './plot.js';

interface Point {
  index: number;
  series: string;
  value: number | null;
}

/** A line per series across the categories (a gap where a value is missing), with dashed target lines. */
export function lines(plot: LinesPlot, label: string): string {
  const points: Point[] = plot.series.flatMap((series) => series.values.map((value, index) => ({ index, series: series.name, value })));
  const known = points.filter((point) => point.value !== null);
  const rules = plot.rules ?? [];
  const value = formatter(plot.format);
  const { x, axis } = categoryAxis(plot.categories);
  const top = Math.max(1, ...known.map((point) => point.value!), ...rules.map((rule) => rule.value));
  return drawFigure(
    {
      height: 260 + eventsHeadroom(plot.spans),
      marginTop: 20 + eventsHeadroom(plot.spans),
      marginLeft: 48,
      marginRight: 20,
      x,
      y: { domain: plot.domain ? [...plot.domain] : [0, top], nice: true, grid: true, label: null, tickFormat: formatter(plot.format, true) },
      color: { domain: plot.series.map((series) => series.name), range: plot.series.map((series) => series.color), legend: true },
      marks: [
        ...eventMarks(plot.spans),
        axis,
        ruleY([plot.domain?.[0] ?? 0], { stroke: GRID }),
        ...rules.flatMap((rule) => [
          ruleY([rule.value], { stroke: rule.color, strokeDasharray: '6 4', strokeWidth: 1.5, className: 'target' }),
          text([rule.label], { y: rule.value, frameAnchor: 'left', textAnchor: 'start', dx: 4, dy: -7, fontSize: 10, fill: rule.color }),
        ]),
        line(points, { x: 'index', y: 'value', z: 'series', stroke: 'series', strokeWidth: 2 }),
        dot(known, {
          x: 'index',
          y: 'value',
          fill: 'series',
          r: 3.5,
          ariaLabel: (point: Point) => `${plot.categories[point.index]}, ${point.series}: ${value(point.value!)}`,
          title: (point: Point) => `${plot.categories[point.index]}, ${point.series}: ${value(point.value!)}`,
        }),
      ],
    },
    label,
  );
}
