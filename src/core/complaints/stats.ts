import { quantile } from '../kpi/quantile.js';
import { anyBackDated } from '../ledger/back-dated.js';
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
  /**
   * Share of the complaints held to a target and decided (met, or missed) that met it; null when
   * none is (no target set, or all still waiting within theirs).
   */
  ack_within_target: number | null;
  resolve_within_target: number | null;
  /** Open at the end of the period, whenever received. */
  backlog: number;
  backlog_age_mean_h: number | null;
  backlog_age_max_h: number | null;
  /** Of those received in the period, how many have an entry written later than it is dated (--at, an import, SVC_NOW). */
  back_dated: number;
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
  'back_dated',
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
  /** key null: the complaints with no channel (or owner). */
  groups: { key: string | null; measures: ComplaintMeasures }[];
  /** Categories of the period's complaints, most frequent first, with their cumulative share. */
  pareto: ParetoRow[];
}

export function complaintStats(
  stories: readonly ComplaintStory[],
  window: Window,
  context: { now: number; targets: ComplaintTargets },
  by?: ComplaintGrouping,
): ComplaintStats {
  const groupKey = (story: ComplaintStory): string | null => {
    if (by === 'category') return story.categoryName;
    if (by === 'owner') return story.state.assignee;
    return by ? story.complaint[by] : null;
  };
  const groups = by ? [...groupBy(stories, groupKey).entries()] : [];
  return {
    totals: complaintMeasures(stories, window, context),
    groups: groups.map(([key, members]) => ({ key, measures: complaintMeasures(members, window, context) })),
    pareto: pareto(stories.filter((story) => within(story.complaint.receivedAt, window))),
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
    ack_within_target: shareMet(received.map((story) => missedAckTarget(story, targets, now))),
    resolve_within_target: shareMet(received.map((story) => missedResolveTarget(story, targets, now))),
    backlog: backlogAges.length,
    backlog_age_mean_h: mean(backlogAges),
    backlog_age_max_h: backlogAges.length === 0 ? null : Math.max(...backlogAges),
    back_dated: received.filter((story) => anyBackDated({ at: story.complaint.receivedAt, recordedAt: story.complaint.recordedAt }, story.events)).length,
  };
}

function shareMet(missed: readonly (boolean | null)[]): number | null {
  const decided = missed.filter((value): value is boolean => value !== null);
  return ratio(decided.filter((value) => !value).length, decided.length);
}

function sorted(values: number[]): number[] {
  return values.sort((a, b) => a - b);
}

export function pareto(stories: readonly ComplaintStory[]): ParetoRow[] {
  const counts = new Map<string, { name: string; count: number }>();
  for (const story of stories) {
    const entry = counts.get(story.complaint.categoryKey) ?? { name: story.categoryName, count: 0 };
    entry.count++;
    counts.set(story.complaint.categoryKey, entry);
  }
  const ordered = [...counts.entries()].sort(([a, m], [b, n]) => n.count - m.count || a.localeCompare(b));
  let cumulative = 0;
  return ordered.map(([, { name, count }]) => {
    cumulative += count;
    return { category: name, count, share: count / stories.length, cumulative_share: cumulative / stories.length };
  });
}
