import { dot, ruleX, ruleY } from '@observablehq/plot';
import { basisColour, basisOf } from './basis.js';
import { INK, drawFigure } from './frame.js';
import { formatter, labelWidth, shorten } from './format.js';
import type { Estimate, IntervalsPlot } from './plot.js';

/** One row per estimate: a dot at its value on a line from the low to the high end of its margin of error. */
export function intervals(plot: IntervalsPlot, label: string): string {
  // Rows are told apart by their place, not their (shortened) name: two long names may shorten alike.
  const rows = plot.rows.map((row, index) => ({ ...row, row: index, name: shorten(row.label, 28) }));
  const value = formatter(plot.format);
  const margins = rows.filter((row) => row.low !== null && row.high !== null);
  const describe = (row: Estimate) => `${row.label}: ${value(row.value)} (n = ${row.count})`;
  return drawFigure(
    {
      height: 24 * rows.length + 44,
      marginLeft: Math.min(190, Math.max(40, ...rows.map((row) => labelWidth(row.name))) + 14),
      marginRight: 20,
      marginTop: 8,
      x: { domain: [...plot.domain], grid: true, label: plot.axisTitle, labelAnchor: 'center', labelArrow: 'none', tickFormat: formatter(plot.format, true) },
      y: { domain: rows.map((row) => row.row), label: null, tickSize: 0, tickFormat: (index: number) => rows[index]?.name ?? '' },
      color: basisColour(plot),
      marks: [
        ruleX([0], { stroke: INK, strokeOpacity: 0.5 }),
        ruleY(margins, { y: 'row', x1: 'low', x2: 'high', stroke: plot.enough.color, strokeWidth: 2, ariaLabel: (row: Estimate) => `${row.label}: ${value(row.low!)} to ${value(row.high!)}` }),
        dot(rows, { y: 'row', x: 'value', fill: basisOf(plot), r: 4.5, ariaLabel: describe, title: describe }),
      ],
    },
    label,
  );
}
