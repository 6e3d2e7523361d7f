import type { Store } from '../../../db/open.js';
import { ledgerTargetResults } from '../../ledger/target-kpis.js';
import { buildCallReport } from '../../report/build.js';
import { findTargetKpi } from '../../targets/catalogue.js';
import type { TargetResult } from '../../targets/target.js';
import type { Period } from '../../time/period.js';
import type { Evidence, EvidenceWindow } from './evidence.js';
import { quoted } from './format.js';

/** Names of the KPIs a service charter usually holds, as a finding says them. */
export const KPI_NAMES: Record<string, string> = {
  service_level: 'service level',
  service_level_answered: 'service level of answered calls',
  abandon_rate: 'abandon rate',
  asa_s: 'average speed of answer',
  wait_median_s: 'median wait',
  wait_p90_s: '90th-percentile wait',
  max_wait_s: 'longest wait',
  avg_abandon_wait_s: 'wait before abandoning',
  aht_s: 'average handle time',
  talk_avg_s: 'average talk time',
  repeat_rate: 'repeat-contact rate',
  fcr_rate: 'first-contact resolution',
  csat_avg: 'call satisfaction score',
  csat_top2: 'share of satisfied callers',
  complaint_ack_h: 'time to acknowledge a complaint',
  complaint_resolve_h: 'time to resolve a complaint',
  recurring_resolve_h: 'time to resolve a recurring complaint',
  commit_kept_rate: 'commitments kept on time',
};

/** Every target of the service charter held against the period: met → a strength, missed → a weakness. */
export function targetEvidence(db: Store, period: Period, window: EvidenceWindow): Evidence[] {
  const calls = buildCallReport(db, { period, compare: false, now: new Date(window.now * 1000) });
  const results = [...calls.targets, ...ledgerTargetResults(db, { from: window.from, to: window.to }, window.now)];
  return results.flatMap((result) => (result.met === null ? [] : [targetFinding(result)]));
}

function targetFinding(result: TargetResult): Evidence {
  const unit = findTargetKpi(result.kpi)?.unit;
  const name = KPI_NAMES[result.kpi] ?? result.kpi;
  const measured = `${quoted(unit, result.value)} against the target ${result.op} ${quoted(unit, result.target)}`;
  return {
    key: `target-${result.kpi}`,
    source: 'targets',
    distance: result.met || result.value === null ? 0 : relativeDistance(result.value, result.target),
    finding: `${name}: ${measured}, ${result.met ? 'met' : 'missed'}`,
    proposal: result.met
      ? { quadrant: 'strength', text: `Meets its ${name} target (${measured})`, importance: 3, likelihood: null }
      : { quadrant: 'weakness', text: `Misses its ${name} target (${measured})`, importance: 4, likelihood: null },
  };
}

/** |value − aim| relative to the aim; an aim of 0 (no abandons at all) counts the value itself. */
export function relativeDistance(value: number, aim: number): number {
  return aim === 0 ? Math.abs(value) : Math.abs(value - aim) / Math.abs(aim);
}
