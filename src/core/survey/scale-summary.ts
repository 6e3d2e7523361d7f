import { tooFewAnswers } from './sample-size.js';

export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Sample variance (divisor n − 1); null below two values. */
export function sampleVariance(values: readonly number[]): number | null {
  const average = mean(values);
  if (average === null || values.length < 2) return null;
  return values.reduce((sum, value) => sum + (value - average) ** 2, 0) / (values.length - 1);
}

export interface RatingSummary {
  n: number;
  /** Fewer answers than MIN_ANSWERS (sample-size.ts). */
  too_few_answers: boolean;
  mean: number | null;
  /** Share of answers on the two highest points of the scale (4 or 5 on 1–5). */
  top2_share: number | null;
}

export function ratingSummary(values: readonly number[], scaleMax: number): RatingSummary {
  const top2 = values.filter((value) => value >= scaleMax - 1).length;
  return { n: values.length, too_few_answers: tooFewAnswers(values.length), mean: mean(values), top2_share: values.length === 0 ? null : top2 / values.length };
}
