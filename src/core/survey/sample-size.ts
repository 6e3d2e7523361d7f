/**
 * Below this many answers an NPS, a CSAT or a share says little: its 95% margin rests on a
 * normal approximation that needs about 30 answers, and a handful of identical answers would
 * print a margin of ±0. Such a score is shown with its count and "too few answers", proposes
 * nothing in a SWOT review, and its change between periods is not given.
 */
export const MIN_ANSWERS = 30;

export function tooFewAnswers(n: number): boolean {
  return n < MIN_ANSWERS;
}
