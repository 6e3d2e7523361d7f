import { tooFewAnswers } from './sample-size.js';

export interface NpsSummary {
  n: number;
  /** Fewer answers than MIN_ANSWERS: people are shown "too few answers" instead of the margin, which would mislead. */
  too_few_answers: boolean;
  promoters: number;
  passives: number;
  detractors: number;
  /** % promoters − % detractors, in points from −100 to 100. */
  nps: number | null;
  /** Half-width of the 95% confidence interval of the NPS, in points (normal approximation: see too_few_answers). */
  margin_of_error: number | null;
}

/** The 0–10 answer bands: 9–10 promote, 7–8 are passive, 0–6 detract. */
export function npsBand(score: number): 'promoter' | 'passive' | 'detractor' {
  return score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
}

/**
 * The margin treats the answers as one multinomial sample: the NPS is the difference of two
 * shares of it, whose variance is (p_pro(1−p_pro) + p_det(1−p_det) + 2·p_pro·p_det) / n, so the
 * margin is 1.96 · sqrt of that (normal approximation), times 100 for points.
 */
export function npsSummary(scores: readonly number[]): NpsSummary {
  const n = scores.length;
  const count = (band: ReturnType<typeof npsBand>) => scores.filter((score) => npsBand(score) === band).length;
  const promoters = count('promoter');
  const passives = count('passive');
  const detractors = count('detractor');
  const too_few_answers = tooFewAnswers(n);
  if (n === 0) return { n, too_few_answers, promoters, passives, detractors, nps: null, margin_of_error: null };
  const pro = promoters / n;
  const det = detractors / n;
  const variance = (pro * (1 - pro) + det * (1 - det) + 2 * pro * det) / n;
  return { n, too_few_answers, promoters, passives, detractors, nps: 100 * (pro - det), margin_of_error: 100 * 1.96 * Math.sqrt(variance) };
}
