import type { ScaleOptions } from '@observablehq/plot';
import type { Basis, Estimate } from './plot.js';

/** The colour key of estimates: enough answers, or too few. */
export function basisColour(plot: Basis): ScaleOptions {
  return { domain: [plot.enough.name, plot.few.name], range: [plot.enough.color, plot.few.color], legend: true };
}

/** Which of the two an estimate is. */
export function basisOf(plot: Basis): (estimate: Estimate) => string {
  return (estimate) => (estimate.few ? plot.few.name : plot.enough.name);
}
