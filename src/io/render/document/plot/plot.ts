/**
 * A chart of the report as data: what is drawn, not how. Drawn straight to SVG by the files
 * beside this one, with d3's scales, ticks and colour schemes: the page is made in a few
 * milliseconds, where a general charting runtime took most of a second to load and draw.
 */
export type PlotFormat = 'count' | 'rate' | 'duration';

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
  /** Categories down the side, bars to the right: for long names (agents). */
  horizontal?: boolean;
  format: PlotFormat;
  axisTitle?: string;
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

export type Plot = BarsPlot | LinesPlot | HeatPlot;
