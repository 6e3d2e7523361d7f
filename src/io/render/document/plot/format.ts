import { clock } from '../values.js';
import type { PlotFormat } from './plot.js';

const compact = new Intl.NumberFormat('en-US', { notation: 'compact' });
const whole = new Intl.NumberFormat('en-US');

/** How a value reads on an axis (`forTicks`) or in a mark's label. */
export function formatter(kind: PlotFormat, forTicks = false): (value: number) => string {
  switch (kind) {
    case 'rate':
      return forTicks ? (value) => `${Math.round(value * 100)}%` : (value) => `${(value * 100).toFixed(1)}%`;
    case 'duration':
      return (value) => clock(value);
    case 'count':
      return forTicks ? (value) => compact.format(value) : (value) => whole.format(value);
    case 'points':
      return forTicks ? String : (value) => value.toFixed(1);
    case 'score':
      return forTicks ? String : (value) => value.toFixed(2);
  }
}

/**
 * Ticks of a count axis from 0: whole numbers only (half a call means nothing), about five of
 * them, 1, 2 or 5 times a power of ten apart. The last is the top of the axis.
 */
export function countTicks(largest: number): number[] {
  const rough = Math.max(1, largest / 5);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough)!;
  const top = Math.max(step, Math.ceil(largest / step) * step);
  return Array.from({ length: Math.round(top / step) + 1 }, (_, index) => index * step);
}

/** Roughly how wide a label is at 11 px, to make room for it or thin out labels that would overlap. */
export function labelWidth(label: string): number {
  return label.length * 6.4;
}

/** Long names end in an ellipsis instead of running into the next label. */
export function shorten(label: string, characters: number): string {
  return label.length <= characters ? label : `${label.slice(0, Math.max(1, characters - 1))}…`;
}
