import type { Summary } from '../../../core/survey/summary.js';

/** A score from too few answers (but some): its count is shown, its margin and change are not. */
export function tooFew(summary: Summary | null): boolean {
  return summary !== null && 'too_few_answers' in summary && summary.too_few_answers && summary.n > 0;
}
