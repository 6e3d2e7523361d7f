import { readTargets } from '../../db/targets.js';
import type { Store } from '../../db/open.js';
import { listCommitments } from '../commitments/list.js';
import { commitmentMeasures } from '../commitments/stats.js';
import { hoursToAcknowledge, hoursToResolve } from '../complaints/elapsed.js';
import { complaintTargets, resolveKpiOf, type ResolveKpi } from '../complaints/targets.js';
import { complaintStories } from '../complaints/ledger.js';
import type { LedgerKpiKey } from '../kpi/ledger-catalogue.js';
import { evaluateTargets } from '../targets/evaluate.js';
import type { TargetResult } from '../targets/target.js';
import { within, type Window } from './window.js';

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
