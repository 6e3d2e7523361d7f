import { readTargets } from '../../db/targets.js';
import type { Store } from '../../db/open.js';
import { listCommitments } from '../commitments/list.js';
import { commitmentMeasures } from '../commitments/stats.js';
import { hoursToAcknowledge, hoursToResolve } from '../complaints/elapsed.js';
import { complaintTargets, resolveKpiOf, type ResolveKpi } from '../complaints/targets.js';
import { complaintStories } from '../complaints/ledger.js';
import { registerTargetKpis } from '../targets/catalogue.js';
import { evaluateTargets } from '../targets/evaluate.js';
import type { TargetResult } from '../targets/target.js';
import { within, type Window } from './window.js';

registerTargetKpis([
  {
    key: 'complaint_ack_h',
    unit: 'hours',
    describe: 'longest time to acknowledge a complaint received in the period (one still waiting counts with its wait so far)',
  },
  {
    key: 'complaint_resolve_h',
    unit: 'hours',
    describe:
      'longest time to resolve a complaint received in the period that is not recurring, or recurring while recurring_resolve_h is not set (one still open counts with its age so far)',
  },
  {
    key: 'recurring_resolve_h',
    unit: 'hours',
    describe: 'longest time to resolve a recurring complaint received in the period (one still open counts with its age so far)',
  },
  { key: 'commit_kept_rate', unit: 'fraction', describe: 'commitments kept by their original due / commitments whose original due falls in the period' },
]);

export type LedgerKpiKey = 'complaint_ack_h' | 'complaint_resolve_h' | 'recurring_resolve_h' | 'commit_kept_rate';

function longest(values: readonly number[]): number | null {
  return values.length === 0 ? null : Math.max(...values);
}

/** The ledger's KPIs of a period: what its targets are held against. Null where nothing was received or due. */
export function ledgerKpis(db: Store, window: Window, now: number): Record<LedgerKpiKey, number | null> {
  const received = complaintStories(db, now).filter((story) => within(story.complaint.receivedAt, window));
  const charter = complaintTargets(readTargets(db));
  const resolveHours = (kpi: ResolveKpi) => received.filter((story) => resolveKpiOf(story, charter) === kpi).map((story) => hoursToResolve(story, now));
  return {
    complaint_ack_h: longest(received.map((story) => hoursToAcknowledge(story, now))),
    complaint_resolve_h: longest(resolveHours('complaint_resolve_h')),
    recurring_resolve_h: longest(resolveHours('recurring_resolve_h')),
    commit_kept_rate: commitmentMeasures(listCommitments(db, {}, now), window).kept_rate,
  };
}

/** The ledger's targets held against its KPIs for a period. */
export function ledgerTargetResults(db: Store, window: Window, now: number): TargetResult[] {
  return evaluateTargets(readTargets(db), ledgerKpis(db, window, now));
}
