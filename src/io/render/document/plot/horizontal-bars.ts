import { barX, ruleX, text } from '@observablehq/plot';
import { INK, drawFigure } from './frame.js';
import { countTicks, formatter, labelWidth, shorten } from './format.js';
import type { BarsPlot } from './plot.js';

/** Bars to the right, one row per category with its name on the left and its value at the bar's end; several series side by side within a row. */
export function horizontalBars(plot: BarsPlot, label: string): string {
  // Rows are told apart by their place, not their (shortened) name: two long names may shorten alike.
  const rows = plot.categories.map((category) => shorten(category, 24));
  const places = rows.map((_, index) => index);
  const name = (index: number) => rows[index] ?? '';
  const value = formatter(plot.format);
  const bars = plot.series.flatMap((series) =>
    series.values.flatMap((amount, index) => (amount === null || amount <= 0 ? [] : [{ row: index, category: plot.categories[index]!, series: series.name, value: amount }])),
  );
  type Bar = (typeof bars)[number];
  const several = plot.series.length > 1;
  const ticks = plot.format === 'count' ? countTicks(Math.max(1, ...bars.map((bar) => bar.value))) : undefined;
  const domain = plot.domain ? [...plot.domain] : [0, ticks?.at(-1) ?? Math.max(1, ...bars.map((bar) => bar.value))];
  const rowHeight = several ? 14 * plot.series.length + 8 : 20;
  const where = several ? { fy: 'row', y: 'series' } : { y: 'row' };
  const describe = (bar: Bar) => (several ? `${bar.category}, ${bar.series}: ${value(bar.value)}` : `${bar.category}: ${value(bar.value)}`);
  return drawFigure(
    {
      height: rowHeight * rows.length + 50,
      marginLeft: Math.min(170, Math.max(40, ...rows.map(labelWidth)) + 14),
      marginRight: 56,
      marginTop: 8,
      x: { domain, ticks, grid: true, label: plot.axisTitle ?? null, labelAnchor: 'center', labelArrow: 'none', tickFormat: formatter(plot.format, true) },
      y: several ? { domain: plot.series.map((series) => series.name), axis: null } : { domain: places, label: null, tickSize: 0, tickFormat: name },
      fy: several ? { domain: places, label: null, padding: 0.15, tickFormat: name } : undefined,
      color: { domain: plot.series.map((series) => series.name), range: plot.series.map((series) => series.color), legend: several },
      marks: [
        barX(bars, { ...where, x: 'value', fill: 'series', ariaLabel: describe, title: describe }),
        text(bars, { ...where, x: 'value', text: (bar: Bar) => value(bar.value), textAnchor: 'start', dx: 4, fontSize: 10 }),
        ruleX([domain[0]!], { stroke: INK }),
      ],
    },
    label,
  );
}
