import { dot, line, ruleX } from '@observablehq/plot';
import { basisColour, basisOf } from './basis.js';
import { categoryAxis } from './categories.js';
import { drawFigure } from './frame.js';
import { formatter } from './format.js';
import type { Estimate, TrendPlot } from './plot.js';

/** The estimate per period joined by a grey line; its margin of error as a vertical line where it has one. */
export function trend(plot: TrendPlot, label: string): string {
  const index = new Map(plot.categories.map((category, at) => [category, at]));
  const points = plot.points.map((point) => ({ ...point, index: index.get(point.label) ?? 0 }));
  const margins = points.filter((point) => point.low !== null && point.high !== null);
  const value = formatter(plot.format);
  const { x, axis } = categoryAxis(plot.categories);
  const describe = (point: Estimate) => `${point.label}: ${value(point.value)} (n = ${point.count})`;
  return drawFigure(
    {
      height: 250,
      marginLeft: 48,
      marginRight: 20,
      x,
      y: { domain: [...plot.domain], grid: true, label: plot.axisTitle, tickFormat: formatter(plot.format, true) },
      color: basisColour(plot),
      marks: [
        axis,
        line(points, { x: 'index', y: 'value', stroke: '#bbbbbb', strokeWidth: 1.5 }),
        ruleX(margins, { x: 'index', y1: 'low', y2: 'high', stroke: plot.enough.color, strokeWidth: 2, ariaLabel: (point: Estimate) => `${point.label}: ${value(point.low!)} to ${value(point.high!)}` }),
        dot(points, { x: 'index', y: 'value', fill: basisOf(plot), r: 4.5, ariaLabel: describe, title: describe }),
      ],
    },
    label,
  );
}
