import type { ScaleLinear } from 'd3-scale';
import type { PlotFormat } from './plot.js';
import { GRID, INK, el, formatter, labelWidth, text } from './svg.js';

/** Grid lines and tick labels of a value axis along the left (or right) edge. */
export function valueAxis(scale: ScaleLinear<number, number>, format: PlotFormat, edge: { x1: number; x2: number; side: 'left' | 'right'; grid: boolean; title?: string }): string {
  const label = formatter(format, true);
  const ticks = format === 'count' ? scale.ticks(5).filter(Number.isInteger) : scale.ticks(5);
  const parts = ticks.map((tick) => {
    const y = scale(tick);
    const line = edge.grid ? el('line', { x1: edge.x1, x2: edge.x2, y1: y, y2: y, stroke: GRID }) : '';
    const x = edge.side === 'left' ? edge.x1 - 6 : edge.x2 + 6;
    return line + text(x, y + 4, label(tick), { 'text-anchor': edge.side === 'left' ? 'end' : 'start' });
  });
  if (edge.title) {
    const [top] = scale.range().slice().sort((a, b) => a - b);
    parts.push(text(edge.side === 'left' ? 4 : edge.x2 + 6, (top ?? 0) - 12, edge.title, { 'text-anchor': 'start', fill: '#666' }));
  }
  return el('g', { class: 'axis' }, parts.join(''));
}

/** Labels under a row of categories, every n-th one when they would overlap. */
export function categoryAxis(categories: readonly string[], centre: (index: number) => number, step: number, y: number): string {
  const widest = Math.max(0, ...categories.map(labelWidth));
  const every = Math.max(1, Math.ceil((widest + 8) / Math.max(step, 1)));
  const labels = categories.map((category, index) => (index % every === 0 ? text(centre(index), y, category, { 'text-anchor': 'middle' }) : ''));
  return el('g', { class: 'axis' }, labels.join(''));
}

/** A horizontal base line under the marks. */
export function baseLine(x1: number, x2: number, y: number): string {
  return el('line', { x1, x2, y1: y, y2: y, stroke: INK });
}
