/**
 * A chart as data: what is drawn, not how. The files beside this one turn each kind into an
 * Observable Plot figure, rendered to SVG in Node on a small DOM (see draw.ts).
 */
/** `points` read to a tenth (an NPS), `score` to a hundredth (a mean on a 1–7 scale). */
export type PlotFormat = 'count' | 'rate' | 'duration' | 'points' | 'score';

/** One coloured set of values, one per category (null: nothing to draw there). */
export interface Series {
  name: string;
  color: string;
  values: readonly (number | null)[];
}

/** A stretch of categories, first to last inclusive, shaded behind the marks: an exceptional event. */
export interface Span {
  from: number;
  to: number;
  label: string;
}

/** A dashed horizontal line across the chart: a target. */
export interface Rule {
  value: number;
  label: string;
  color: string;
}

export interface BarsPlot {
  type: 'bars';
  categories: readonly string[];
  series: readonly Series[];
  /** Stacked bars add up to a whole; else each category's series stand side by side. */
  stacked?: boolean;
  /** Categories down the side, bars to the right: for long names (agents, SERVQUAL dimensions). */
  horizontal?: boolean;
  format: PlotFormat;
  axisTitle?: string;
  /** The value axis's extent when it is fixed by the scale (a 1–7 score); else from 0 to the largest value. */
  domain?: readonly [number, number];
  /** A line over the bars on a 0–100 % axis of its own, on the right: the Pareto's cumulative share. */
  share?: Series;
  /** A dashed vertical line at a position counted in categories from the left edge (1.5: between the second and third). */
  marker?: { at: number; label: string };
  spans?: readonly Span[];
}

export interface LinesPlot {
  type: 'lines';
  categories: readonly string[];
  series: readonly Series[];
  format: PlotFormat;
  domain?: readonly [number, number];
  rules?: readonly Rule[];
  spans?: readonly Span[];
}

export interface HeatPlot {
  type: 'heat';
  columns: readonly string[];
  rows: readonly string[];
  /** rows × columns; null: no calls in that cell. */
  values: readonly (readonly (number | null)[])[];
  format: PlotFormat;
  scheme: 'blues' | 'red-yellow-green';
  legendTitle: string;
  axisTitle?: string;
}

/** A value with its margin of error (low to high), or without one (null) when it rests on too few answers. */
export interface Estimate {
  label: string;
  value: number;
  low: number | null;
  high: number | null;
  /** How many answers it rests on. */
  count: number;
  /** Fewer answers than a score can rest on: drawn in the second colour, without a margin. */
  few: boolean;
}

/** How the legend names estimates that rest on enough answers and those that do not, and their colours. */
export interface Basis {
  enough: { name: string; color: string };
  few: { name: string; color: string };
}

/** One estimate per row, a dot on its margin of error: NPS per group. */
export interface IntervalsPlot extends Basis {
  type: 'intervals';
  rows: readonly Estimate[];
  format: PlotFormat;
  domain: readonly [number, number];
  axisTitle: string;
}

/**
 * An estimate per period joined by a line, with its margin where it has one. A period resting on
 * too few answers is drawn in the second colour; a period with no answers has no point.
 */
export interface TrendPlot extends Basis {
  type: 'trend';
  categories: readonly string[];
  /** Each estimate's label is its category. */
  points: readonly Estimate[];
  format: PlotFormat;
  domain: readonly [number, number];
  axisTitle: string;
}

export type Plot = BarsPlot | LinesPlot | HeatPlot | IntervalsPlot | TrendPlot;
