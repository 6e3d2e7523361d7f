import { axisX, type Markish, type ScaleOptions } from '@observablehq/plot';
import { WIDTH } from './frame.js';
import { labelWidth } from './format.js';

/**
 * Categories (days, weeks, wait buckets) along the bottom, at 0, 1, 2 … on a linear axis: so an
 * event can be shaded from the edge of its first day to the edge of its last in one piece, and a
 * threshold marked between two buckets. Labels are thinned to every n-th when they would overlap.
 */
export function categoryAxis(categories: readonly string[], width = WIDTH - 70): { x: ScaleOptions; axis: Markish } {
  const step = width / Math.max(1, categories.length);
  const widest = Math.max(0, ...categories.map(labelWidth));
  const every = Math.max(1, Math.ceil((widest + 4) / step));
  const ticks = categories.map((_, index) => index).filter((index) => index % every === 0);
  return {
    x: { domain: [-0.5, categories.length - 0.5], label: null },
    axis: axisX(ticks, { tickFormat: (index: number) => categories[index] ?? '', tickSize: 0, tickPadding: 6 }),
  };
}
