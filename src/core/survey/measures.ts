import type { Summary } from './summary.js';

export type Measures = Record<string, number | null>;

/**
 * A summary as flat named numbers, the same names for every group of a report: `responses`,
 * then the instrument's own (`nps`, `mean`, `top2_share`, `gap_unweighted`, `reliability.gap`,
 * `dimension.x`, `item.q1` …).
 */
export function summaryMeasures(summary: Summary): Measures {
  switch (summary.kind) {
    case 'nps':
      return { responses: summary.n, promoters: summary.promoters, passives: summary.passives, detractors: summary.detractors, nps: summary.nps, margin_of_error: summary.margin_of_error };
    case 'csat':
      return { responses: summary.n, mean: summary.mean, top2_share: summary.top2_share };
    case 'ces':
      return { responses: summary.n, mean: summary.mean };
    case 'servqual': {
      const measures: Measures = { responses: summary.n, gap_unweighted: summary.gap_unweighted, gap_weighted: summary.gap_weighted, weights_n: summary.weights_n };
      for (const dimension of summary.dimensions) {
        measures[`${dimension.dimension}.expectation`] = dimension.expectation;
        measures[`${dimension.dimension}.perception`] = dimension.perception;
        measures[`${dimension.dimension}.gap`] = dimension.gap;
        measures[`${dimension.dimension}.weight`] = dimension.weight;
      }
      return measures;
    }
    case 'custom': {
      const measures: Measures = { responses: summary.n };
      for (const dimension of summary.dimensions) measures[`dimension.${dimension.dimension}`] = dimension.mean;
      for (const item of summary.items) measures[`item.${item.item}`] = item.mean;
      return measures;
    }
  }
}

/** Measures that are counts of people: a change in them is not a finding. */
const COUNTS = new Set(['responses', 'promoters', 'passives', 'detractors', 'weights_n', 'margin_of_error']);

/** A score from too few answers (sample-size.ts) has no change: the difference would be noise. */
function tooFew(summary: Summary): boolean {
  return 'too_few_answers' in summary && summary.too_few_answers;
}

/** Current minus previous, for every measure that is a score; null where either is missing or rests on too few answers. */
export function measureChange(current: Summary, previous: Summary): Measures {
  const now = summaryMeasures(current);
  const before = summaryMeasures(previous);
  const noise = tooFew(current) || tooFew(previous);
  const change: Measures = {};
  for (const [key, value] of Object.entries(now)) {
    if (COUNTS.has(key)) continue;
    const earlier = before[key];
    change[key] = noise || value === null || earlier === null || earlier === undefined ? null : value - earlier;
  }
  return change;
}
