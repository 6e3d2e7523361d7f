import { scaleSequential } from 'd3-scale';
import { interpolateBlues, interpolateRdYlGn } from 'd3-scale-chromatic';
import type { HeatPlot } from './plot.js';
import { WIDTH, el, formatter, labelWidth, svg, text, tooltip } from './svg.js';

const CELL_HEIGHT = 22;

/** A grid of coloured cells (rows × columns), each with its value written in when it fits. */
export function heat(plot: HeatPlot, label: string): string {
  const left = Math.max(36, ...plot.rows.map(labelWidth)) + 10;
  const right = WIDTH - 8;
  const top = 8;
  const cellWidth = (right - left) / plot.columns.length;
  const known = plot.values.flat().filter((value): value is number => value !== null);
  const domain: [number, number] = plot.format === 'rate' ? [0, 1] : [0, Math.max(1, ...known)];
  const colour = scaleSequential(plot.scheme === 'blues' ? interpolateBlues : interpolateRdYlGn).domain(domain);
  const value = formatter(plot.format);
  const short = (amount: number) => (plot.format === 'rate' ? String(Math.round(amount * 100)) : value(amount));
  const cells = plot.rows.flatMap((row, r) =>
    plot.columns.map((column, c) => {
      const amount = plot.values[r]?.[c] ?? null;
      const x = left + c * cellWidth;
      const y = top + r * CELL_HEIGHT;
      if (amount === null) return el('rect', { class: 'empty', x: x + 0.5, y: y + 0.5, width: cellWidth - 1, height: CELL_HEIGHT - 1, fill: '#f4f4f4' });
      const what = `${row} ${column}:00, ${value(amount)}`;
      const fill = colour(amount);
      const inside = labelWidth(short(amount)) * 0.8 <= cellWidth - 2 ? text(x + cellWidth / 2, y + 15, short(amount), { 'font-size': 9, 'text-anchor': 'middle', fill: darkness(amount, domain, plot.scheme) ? '#fff' : '#222' }) : '';
      return el('rect', { role: 'graphics-symbol', 'aria-label': what, x: x + 0.5, y: y + 0.5, width: cellWidth - 1, height: CELL_HEIGHT - 1, fill }, tooltip(what)) + inside;
    }),
  );
  const bottom = top + plot.rows.length * CELL_HEIGHT;
  const rowLabels = plot.rows.map((row, r) => text(left - 6, top + r * CELL_HEIGHT + 15, row, { 'text-anchor': 'end' }));
  const columnLabels = plot.columns.map((column, c) => text(left + c * cellWidth + cellWidth / 2, bottom + 14, column, { 'text-anchor': 'middle', 'font-size': 10 }));
  const title = plot.axisTitle ? text((left + right) / 2, bottom + 29, plot.axisTitle, { 'text-anchor': 'middle', fill: '#666' }) : '';
  const scale = swatches(plot, colour, domain, left, bottom + 46);
  return svg(bottom + 56, label, el('g', { class: 'role-mark' }, cells.join('')) + el('g', { class: 'axis' }, rowLabels.join('') + columnLabels.join('') + title) + scale);
}

/** Text on a dark cell is white: the ends of the diverging scale and the top of the blues. */
function darkness(amount: number, [low, high]: [number, number], scheme: HeatPlot['scheme']): boolean {
  const t = high === low ? 0 : (amount - low) / (high - low);
  return scheme === 'blues' ? t > 0.55 : t < 0.15 || t > 0.85;
}

/** Five steps of the colour scale with their values: the key to the cells. */
function swatches(plot: HeatPlot, colour: (value: number) => string, [low, high]: [number, number], left: number, y: number): string {
  const value = formatter(plot.format, true);
  const steps = [0, 0.25, 0.5, 0.75, 1].map((t) => low + t * (high - low));
  let at = left + labelWidth(plot.legendTitle) + 12;
  const items = steps.map((step) => {
    const item = el('rect', { x: at, y: y - 10, width: 22, height: 12, fill: colour(step) }) + text(at + 26, y, value(plot.format === 'count' ? Math.round(step) : step));
    at += 26 + labelWidth(value(step)) + 14;
    return item;
  });
  return el('g', { class: 'legend' }, text(left, y, plot.legendTitle, { fill: '#666' }) + items.join(''));
}
