import type { Store } from '../../../db/open.js';
import { listCommitments } from '../../commitments/list.js';
import { commitmentMeasures } from '../../commitments/stats.js';
import type { Evidence, EvidenceWindow } from './evidence.js';
import { plural, quoted } from './format.js';

/** So few due promises say little either way. */
const MIN_DUE = 3;

/** Promises due in the period: any broken or overdue → a weakness; all kept on time → a strength. */
export function commitmentEvidence(db: Store, window: EvidenceWindow): Evidence[] {
  const measures = commitmentMeasures(listCommitments(db, {}, window.now), window);
  if (measures.due === 0) return [];
  const failed = measures.broken + measures.overdue;
  const evidence: Evidence = {
    key: 'commitments-kept',
    source: 'commitments',
    finding: `${measures.kept_on_time} of ${plural(measures.due, 'commitment')} due were kept on time (${quoted('fraction', measures.kept_rate)}); ${measures.broken} broken, ${measures.overdue} overdue`,
  };
  if (failed > 0) {
    evidence.proposal = { quadrant: 'weakness', text: `Promises to customers are not all kept: ${failed} of ${measures.due} due were broken or are overdue`, importance: 5, likelihood: null };
  } else if (measures.kept_on_time === measures.due && measures.due >= MIN_DUE) {
    evidence.proposal = { quadrant: 'strength', text: `Keeps its promises: all ${measures.due} commitments due were kept on time`, importance: 4, likelihood: null };
  }
  return [evidence];
}
