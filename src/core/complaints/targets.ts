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

export type ResolveKpi = 'complaint_resolve_h' | 'recurring_resolve_h';

/**
 * Which resolution target a complaint is held to. A recurring complaint has its own, tighter
 * one, recurring_resolve_h; without it, it is still a complaint and is held to
 * complaint_resolve_h. An ordinary complaint is held to complaint_resolve_h only.
 */
export function resolveKpiOf(story: ComplaintStory, targets: ComplaintTargets): ResolveKpi {
  return isRecurring(story) && (targets.recurringResolve !== undefined || targets.resolve === undefined) ? 'recurring_resolve_h' : 'complaint_resolve_h';
}

/** The resolution target a complaint is held to; undefined when it is held to none. */
export function resolveTargetOf(story: ComplaintStory, targets: ComplaintTargets): Target | undefined {
  return resolveKpiOf(story, targets) === 'recurring_resolve_h' ? targets.recurringResolve : targets.resolve;
}

export function meets(hours: number, target: Target): boolean {
  return evaluateTargets([target], { [target.kpi]: hours })[0]?.met !== false;
}

/**
 * Has the complaint missed its acknowledgement target? True once it took, or has waited, longer
 * than allowed; false when met; null while it is still waiting and within the target, and null
 * when there is no target: a complaint held to no target has neither met nor missed one.
 */
export function missedAckTarget(story: ComplaintStory, targets: ComplaintTargets, now: number): boolean | null {
  if (targets.ack === undefined) return null;
  const met = meets(hoursToAcknowledge(story, now), targets.ack);
  return story.state.acknowledgedAt !== null || !met ? !met : null;
}

/** The same for the resolution target the complaint is held to (resolveTargetOf). */
export function missedResolveTarget(story: ComplaintStory, targets: ComplaintTargets, now: number): boolean | null {
  const target = resolveTargetOf(story, targets);
  if (target === undefined) return null;
  const met = meets(hoursToResolve(story, now), target);
  return !story.state.open || !met ? !met : null;
}
