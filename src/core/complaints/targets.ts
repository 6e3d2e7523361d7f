import type { Target } from '../targets/target.js';
import { evaluateTargets } from '../targets/evaluate.js';
import { hoursToAcknowledge, hoursToResolve, isRecurring } from './elapsed.js';
import type { ComplaintStory } from './ledger.js';

/** The complaint targets of the service charter, by KPI key. */
export interface ComplaintTargets {
  ack?: Target;
  resolve?: Target;
  recurringResolve?: Target;
}

export function complaintTargets(targets: readonly Target[]): ComplaintTargets {
  const find = (kpi: string) => targets.find((target) => target.kpi === kpi);
  return { ack: find('complaint_ack_h'), resolve: find('complaint_resolve_h'), recurringResolve: find('recurring_resolve_h') };
}

/** The resolution target a complaint is held to: recurring ones have their own, tighter one. */
export function resolveTargetOf(story: ComplaintStory, targets: ComplaintTargets): Target | undefined {
  return isRecurring(story) ? targets.recurringResolve : targets.resolve;
}

/** Whether `hours` meets the target (no target: met). */
export function meets(hours: number, target: Target | undefined): boolean {
  if (target === undefined) return true;
  return evaluateTargets([target], { [target.kpi]: hours })[0]?.met !== false;
}

/**
 * Has the complaint missed its acknowledgement target? True once it took, or has waited, longer
 * than allowed; false when met; null while it is still waiting and within the target.
 */
export function missedAckTarget(story: ComplaintStory, targets: ComplaintTargets, now: number): boolean | null {
  const met = meets(hoursToAcknowledge(story, now), targets.ack);
  return story.state.acknowledgedAt !== null || !met ? !met : null;
}

/** The same for the resolution target (recurring complaints: recurring_resolve_h). */
export function missedResolveTarget(story: ComplaintStory, targets: ComplaintTargets, now: number): boolean | null {
  const met = meets(hoursToResolve(story, now), resolveTargetOf(story, targets));
  return !story.state.open || !met ? !met : null;
}
