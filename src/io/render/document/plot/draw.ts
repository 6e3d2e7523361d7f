import { escapeControls } from '../sanitize.js';
import { horizontalBars } from './horizontal-bars.js';
import { heat } from './heat.js';
import { intervals } from './intervals.js';
import { lines } from './lines.js';
import type { Plot } from './plot.js';
import { trend } from './trend.js';
import { verticalBars } from './vertical-bars.js';

/** Every piece of text in a plot with its control characters shown escaped: they have no place in a page. */
function clean<T>(value: T): T {
  if (typeof value === 'string') return escapeControls(value) as T;
  if (Array.isArray(value)) return value.map(clean) as T;
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, clean(entry)])) as T;
  return value;
}

/** A plot as inline SVG (in a figure with its legend, when it has one); `label` names it for screen readers. */
export function drawPlot(plot: Plot, label: string): string {
  const safe = clean(plot);
  const name = escapeControls(label);
  switch (safe.type) {
    case 'bars':
      return safe.horizontal ? horizontalBars(safe, name) : verticalBars(safe, name);
    case 'lines':
      return lines(safe, name);
    case 'heat':
      return heat(safe, name);
    case 'intervals':
      return intervals(safe, name);
    case 'trend':
      return trend(safe, name);
  }
}
