import { cell, frame, text } from '@observablehq/plot';
import { drawFigure } from './frame.js';
import { formatter, labelWidth } from './format.js';
import type { HeatPlot } from './plot.js';

interface Cell {
  row: string;
  column: string;
  value: number;
}

/** Service level in steps of ten points from 50 % to 90 %: a step is what a manager reads off. */
const RATE_STEPS = [0.5, 0.6, 0.7, 0.8, 0.9];

/**
 * A grid of coloured cells (rows × columns), each with its value written in when it fits. The
 * colours come in steps (quantized, or at fixed thresholds), so the key is a row of swatches
 * with their values: a continuous ramp would need a canvas, which a page made in Node has not.
 */
export function heat(plot: HeatPlot, label: string): string {
  const cells: Cell[] = plot.rows.flatMap((row, r) => plot.columns.flatMap((column, c) => {
    const value = plot.values[r]?.[c] ?? null;
    return value === null ? [] : [{ row, column, value }];
  }));
  const value = formatter(plot.format);
  const short = (amount: number) => (plot.format === 'rate' ? String(Math.round(amount * 100)) : formatter(plot.format, true)(amount));
  const rate = plot.format === 'rate';
  const largest = Math.max(1, ...cells.map((entry) => entry.value));
  // Dark cells take white text: the top of the blues, both ends of red–yellow–green.
  const dark = (amount: number) => (rate ? amount < RATE_STEPS[0]! || amount >= RATE_STEPS.at(-1)! : amount / largest > 0.6);
  const marginLeft = Math.max(36, ...plot.rows.map(labelWidth)) + 10;
  const cellWidth = (640 - marginLeft - 8) / plot.columns.length;
  const describe = (entry: Cell) => `${entry.row} ${entry.column}:00, ${value(entry.value)}`;
  return drawFigure(
    {
      height: 22 * plot.rows.length + 46,
      marginLeft,
      marginRight: 8,
      marginTop: 4,
      marginBottom: 42,
      padding: 0,
      x: { domain: [...plot.columns], label: plot.axisTitle ?? null, labelAnchor: 'center', labelArrow: 'none', labelOffset: 36, tickSize: 0 },
      y: { domain: [...plot.rows], label: null, tickSize: 0 },
      color: rate
        ? { type: 'threshold', domain: RATE_STEPS, scheme: 'rdylgn', legend: true, label: plot.legendTitle, tickFormat: formatter('rate', true) }
        : { type: 'quantize', n: 5, domain: [0, largest], scheme: 'blues', legend: true, label: plot.legendTitle, tickFormat: formatter(plot.format, true) },
      marks: [
        frame({ fill: '#f4f4f4', stroke: null, ariaHidden: 'true' }),
        cell(cells, { x: 'column', y: 'row', fill: 'value', inset: 0.5, ariaLabel: describe, title: describe }),
        text(
          cells.filter((entry) => labelWidth(short(entry.value)) * 0.8 <= cellWidth - 2),
          { x: 'column', y: 'row', text: (entry: Cell) => short(entry.value), fontSize: 9, fill: (entry: Cell) => (dark(entry.value) ? 'white' : '#222') },
        ),
      ],
    },
    label,
  );
}
