import type { Store } from '../../../db/open.js';
import { ledgerTargetResults } from '../../ledger/target-kpis.js';
import { buildCallReport } from '../../report/build.js';
import { findTargetKpi } from '../../targets/catalogue.js';
import type { TargetResult } from '../../targets/target.js';
import type { Period } from '../../time/period.js';
import type { Evidence, EvidenceWindow } from './evidence.js';
import { kpiName, quoted } from './format.js';

/** Every target of the service charter held against the period: met → a strength, missed → a weakness. */
export function targetEvidence(db: Store, period: Period, window: EvidenceWindow): Evidence[] {
  const calls = buildCallReport(db, { period, compare: false, now: new Date(window.now * 1000) });
  const results = [...calls.targets, ...ledgerTargetResults(db, { from: window.from, to: window.to }, window.now)];
  return results.flatMap((result) => (result.met === null ? [] : [targetFinding(result, window)]));
}

function targetFinding(result: TargetResult, { words }: EvidenceWindow): Evidence {
  const unit = findTargetKpi(result.kpi)?.unit;
  const name = kpiName(result.kpi, words);
  const measured = words.t('evidence.againstTarget', { value: quoted(unit, result.value, words), op: result.op, target: quoted(unit, result.target, words) });
  return {
    key: `target-${result.kpi}`,
    source: 'targets',
    distance: result.met || result.value === null ? 0 : relativeDistance(result.value, result.target),
    finding: words.t(result.met ? 'evidence.target.met' : 'evidence.target.missed', { name, measured }),
    proposal: result.met
      ? { quadrant: 'strength', text: words.t('evidence.target.meets', { name, measured }), importance: 3, likelihood: null }
      : { quadrant: 'weakness', text: words.t('evidence.target.misses', { name, measured }), importance: 4, likelihood: null },
  };
}

/** |value − aim| relative to the aim; an aim of 0 (no abandons at all) counts the value itself. */
export function relativeDistance(value: number, aim: number): number {
  return aim === 0 ? Math.abs(value) : Math.abs(value - aim) / Math.abs(aim);
}
