import { horizontalBars, verticalBars } from './bars.js';
import { heat } from './heat.js';
import { lines } from './lines.js';
import type { Plot } from './plot.js';

/** A plot as inline SVG; `label` names it for screen readers. */
export function drawPlot(plot: Plot, label: string): string {
  switch (plot.type) {
    case 'bars':
      return plot.horizontal ? horizontalBars(plot, label) : verticalBars(plot, label);
    case 'lines':
      return lines(plot, label);
    case 'heat':
      return heat(plot, label);
  }
}
