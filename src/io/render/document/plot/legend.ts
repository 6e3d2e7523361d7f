import type { Series } from './plot.js';
import { el, labelWidth, text } from './svg.js';

/** Coloured swatches and names in one row under the chart; nothing for a single unnamed series. */
export function legend(series: readonly Pick<Series, 'name' | 'color'>[], x: number, y: number, lineFor?: string): string {
  let at = x;
  const items = series.map((entry) => {
    const swatch =
      entry.name === lineFor
        ? el('line', { x1: at, x2: at + 14, y1: y - 4, y2: y - 4, stroke: entry.color, 'stroke-width': 2 })
        : el('rect', { x: at, y: y - 10, width: 12, height: 12, fill: entry.color });
    const item = swatch + text(at + 18, y, entry.name);
    at += 18 + labelWidth(entry.name) + 18;
    return item;
  });
  return el('g', { class: 'legend' }, items.join(''));
}
