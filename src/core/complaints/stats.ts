import { quantile } from '../kpi/quantile.js';
import { groupBy, mean, ratio } from '../ledger/group.js';
import { within, type Window } from '../ledger/window.js';
import { complaintState } from './complaint.js';
import { hoursToAcknowledge, hoursToResolve, isRecurring } from './elapsed.js';
import type { ComplaintStory } from './ledger.js';
import { missedAckTarget, missedResolveTarget, type ComplaintTargets } from './targets.js';

export type ComplaintMeasures = {
  received: number;
  acknowledged: number;
  resolved: number;
  closed: number;
  reopened: number;
  open: number;
  recurring: number;
  ack_mean_h: number | null;
  ack_median_h: number | null;
  ack_p90_h: number | null;
  resolve_mean_h: number | null;
  resolve_median_h: number | null;
  resolve_p90_h: number | null;
  /** Share of decided complaints acknowledged within target; null without a target. */
  ack_within_target: number | null;
  resolve_within_target: number | null;
  /** Open at the end of the period, whenever received. */
  backlog: number;
  backlog_age_mean_h: number | null;
  backlog_age_max_h: number | null;
};

export const COMPLAINT_MEASURES: readonly (keyof ComplaintMeasures)[] = [
  'received',
  'acknowledged',
  'resolved',
  'closed',
  'reopened',
  'open',
  'recurring',
  'ack_mean_h',
  'ack_median_h',
  'ack_p90_h',
  'resolve_mean_h',
  'resolve_median_h',
  'resolve_p90_h',
  'ack_within_target',
  'resolve_within_target',
  'backlog',
  'backlog_age_mean_h',
  'backlog_age_max_h',
];

export type ComplaintGrouping = 'category' | 'severity' | 'channel' | 'owner';

export interface ParetoRow {
  category: string;
  count: number;
  share: number;
  cumulative_share: number;
}

export interface ComplaintStats {
  totals: ComplaintMeasures;
  groups: { key: string; measures: ComplaintMeasures }[];
  /** Categories of the period's complaints, most frequent first, with their cumulative share. */
  pareto: ParetoRow[];
}

export function complaintStats(
  stories: readonly ComplaintStory[],
  window: Window,
  context: { now: number; targets: ComplaintTargets; categoryNames: Map<string, string> },
  by?: ComplaintGrouping,
): ComplaintStats {
  const groupKey = (story: ComplaintStory): string | null => {
    if (by === 'category') return context.categoryNames.get(story.complaint.categoryKey) ?? story.complaint.category;
    if (by === 'owner') return story.state.assignee;
    return by ? story.complaint[by] : null;
  };
  const groups = by ? [...groupBy(stories, groupKey).entries()] : [];
  return {
    totals: complaintMeasures(stories, window, context),
    groups: groups.map(([key, members]) => ({ key, measures: complaintMeasures(members, window, context) })),
    pareto: pareto(stories.filter((story) => within(story.complaint.receivedAt, window)), context.categoryNames),
  };
}

/**
 * Counts and times are over the complaints received in the period, their states as of now; the
 * backlog is every complaint still open at the period's end (or now, if sooner), with its age then. A complaint
 * still waiting within its target is not yet counted either way in the within-target shares.
 */
export function complaintMeasures(stories: readonly ComplaintStory[], window: Window, context: { now: number; targets: ComplaintTargets }): ComplaintMeasures {
  const { now, targets } = context;
  const received = stories.filter((story) => within(story.complaint.receivedAt, window));
  const acknowledged = received.filter((story) => story.state.acknowledgedAt !== null);
  const resolved = received.filter((story) => !story.state.open);
  const ackHours = sorted(acknowledged.map((story) => hoursToAcknowledge(story, now)));
  const resolveHours = sorted(resolved.map((story) => hoursToResolve(story, now)));
  // A period not yet over has its backlog now: the future holds no complaints yet.
  const end = Math.min(window.to - 1, now);
  const backlogAges = stories
    .filter((story) => story.complaint.receivedAt <= end && complaintState(story.events, end).open)
    .map((story) => (Math.min(window.to, now) - story.complaint.receivedAt) / 3600);
  return {
    received: received.length,
    acknowledged: acknowledged.length,
    resolved: resolved.length,
    closed: received.filter((story) => story.state.status === 'closed').length,
    reopened: received.filter((story) => story.state.reopened > 0).length,
    open: received.filter((story) => story.state.open).length,
    recurring: received.filter(isRecurring).length,
    ack_mean_h: mean(ackHours),
    ack_median_h: quantile(ackHours, 0.5),
    ack_p90_h: quantile(ackHours, 0.9),
    resolve_mean_h: mean(resolveHours),
    resolve_median_h: quantile(resolveHours, 0.5),
    resolve_p90_h: quantile(resolveHours, 0.9),
    ack_within_target: targets.ack ? shareMet(received.map((story) => missedAckTarget(story, targets, now))) : null,
    resolve_within_target:
      targets.resolve || targets.recurringResolve ? shareMet(received.map((story) => missedResolveTarget(story, targets, now))) : null,
    backlog: backlogAges.length,
    backlog_age_mean_h: mean(backlogAges),
    backlog_age_max_h: backlogAges.length === 0 ? null : Math.max(...backlogAges),
  };
}

function shareMet(missed: readonly (boolean | null)[]): number | null {
  const decided = missed.filter((value): value is boolean => value !== null);
  return ratio(decided.filter((value) => !value).length, decided.length);
}

function sorted(values: number[]): number[] {
  return values.sort((a, b) => a - b);
}

function pareto(stories: readonly ComplaintStory[], names: Map<string, string>): ParetoRow[] {
  const counts = new Map<string, number>();
  for (const story of stories) counts.set(story.complaint.categoryKey, (counts.get(story.complaint.categoryKey) ?? 0) + 1);
  const ordered = [...counts.entries()].sort(([a, m], [b, n]) => n - m || a.localeCompare(b));
  let cumulative = 0;
  return ordered.map(([key, count]) => {
    cumulative += count;
    return { category: names.get(key) ?? key, count, share: count / stories.length, cumulative_share: cumulative / stories.length };
  });
}
