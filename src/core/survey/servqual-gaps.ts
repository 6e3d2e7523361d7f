import type { Instrument } from './instrument.js';
import { mean } from './scale-summary.js';
import { servqualKey } from './servqual.js';

export type Answers = ReadonlyMap<string, number>;

export interface DimensionGap {
  dimension: string;
  /** Means over respondents of each respondent's mean over the dimension's statements, 1–7. */
  expectation: number | null;
  perception: number | null;
  /** perception − expectation: below 0, the service falls short of what customers expect. */
  gap: number | null;
  /** Mean importance points (of 100) the respondents who gave weights gave it; null when none did. */
  weight: number | null;
}

export interface ServqualSummary {
  n: number;
  /** Worst gap first. */
  dimensions: DimensionGap[];
  /** Mean of the dimension gaps. */
  gap_unweighted: number | null;
  /** Σ gap × mean weight / Σ mean weights (each respondent's weights add up to 100). */
  gap_weighted: number | null;
  /** How many respondents gave importance weights. */
  weights_n: number;
}

function respondentMean(answers: Answers, keys: readonly string[]): number | null {
  return mean(keys.flatMap((key) => (answers.has(key) ? [answers.get(key) as number] : [])));
}

export function servqualSummary(instrument: Instrument, responses: readonly Answers[]): ServqualSummary {
  const weighted = responses.filter((answers) => instrument.dimensions.some((d) => answers.has(servqualKey('W', d.id))));
  const dimensions = instrument.dimensions.map((dimension): DimensionGap => {
    const ids = instrument.items.filter((item) => item.dimension === dimension.id).map((item) => item.id);
    const meanOf = (part: 'E' | 'P') =>
      mean(responses.flatMap((answers) => {
        const value = respondentMean(answers, ids.map((id) => servqualKey(part, id)));
        return value === null ? [] : [value];
      }));
    const expectation = meanOf('E');
    const perception = meanOf('P');
    const weight = weighted.length ? mean(weighted.map((answers) => answers.get(servqualKey('W', dimension.id)) ?? 0)) : null;
    return { dimension: dimension.id, expectation, perception, gap: expectation === null || perception === null ? null : perception - expectation, weight };
  });
  const gaps = dimensions.flatMap((d) => (d.gap === null ? [] : [d.gap]));
  const gapUnweighted = gaps.length === dimensions.length ? mean(gaps) : null;
  const weightSum = dimensions.reduce((sum, d) => sum + (d.weight ?? 0), 0);
  const gapWeighted =
    gapUnweighted === null || weighted.length === 0 || weightSum === 0
      ? null
      : dimensions.reduce((sum, d) => sum + (d.gap as number) * ((d.weight as number) / weightSum), 0);
  return {
    n: responses.length,
    dimensions: [...dimensions].sort((a, b) => (a.gap ?? Infinity) - (b.gap ?? Infinity)),
    gap_unweighted: gapUnweighted,
    gap_weighted: gapWeighted,
    weights_n: weighted.length,
  };
}
