import type { Store } from '../../../db/open.js';
import { listCommitments } from '../../commitments/list.js';
import { commitmentMeasures } from '../../commitments/stats.js';
import type { Evidence, EvidenceWindow } from './evidence.js';
import { quoted } from './format.js';

/** So few due promises say little either way. */
const MIN_DUE = 3;

/** Promises due in the period: any broken or overdue → a weakness; all kept on time → a strength. */
export function commitmentEvidence(db: Store, window: EvidenceWindow): Evidence[] {
  const measures = commitmentMeasures(listCommitments(db, {}, window.now), window);
  if (measures.due === 0) return [];
  const failed = measures.broken + measures.overdue;
  const { words } = window;
  const evidence: Evidence = {
    key: 'commitments-kept',
    source: 'commitments',
    finding: words.plural('evidence.commitments.finding', measures.due, { kept: measures.kept_on_time, rate: quoted('fraction', measures.kept_rate, words), broken: measures.broken, overdue: measures.overdue }),
  };
  if (failed > 0) {
    evidence.proposal = { quadrant: 'weakness', text: words.t('evidence.commitments.broken', { failed, due: measures.due }), importance: 5, likelihood: null };
  } else if (measures.kept_on_time === measures.due && measures.due >= MIN_DUE) {
    evidence.proposal = { quadrant: 'strength', text: words.t('evidence.commitments.kept', { due: measures.due }), importance: 4, likelihood: null };
  }
  return [evidence];
}
