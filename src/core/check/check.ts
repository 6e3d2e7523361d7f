import type { Store } from '../../db/open.js';
import { readSettings } from '../../db/settings.js';
import { readTargets } from '../../db/targets.js';
import { customersToCallBack, type Callback } from '../callbacks.js';
import { overdueCommitments } from '../commitments/list.js';
import type { CommitmentStory } from '../commitments/ledger.js';
import { hoursToAcknowledge, hoursToResolve, isRecurring } from '../complaints/elapsed.js';
import { complaintStories, type ComplaintStory } from '../complaints/ledger.js';
import { surgingCategories, type Surge } from '../complaints/surge.js';
import { complaintTargets, missedAckTarget, missedResolveTarget, resolveTargetOf } from '../complaints/targets.js';
import { ledgerTargetResults } from '../ledger/target-kpis.js';
import { periodWindow } from '../ledger/window.js';
import { buildCallReport } from '../report/build.js';
import type { DataAttention } from '../report/call-report.js';
import type { StaffingMargin } from '../staffing/margin.js';
import { understaffedIntervals, type UnderstaffedCheck } from '../staffing/understaffed.js';
import type { Target, TargetResult } from '../targets/target.js';
import { resolvePeriod, type Period } from '../time/period.js';
import { Zone } from '../time/zone.js';

/** An open complaint that has waited longer than its target allows. */
export interface OverdueComplaint {
  story: ComplaintStory;
  /** What it is still waiting for. */
  waitingFor: 'acknowledgement' | 'resolution';
  hours: number;
  target: Target;
}

export interface CheckReport {
  period: Period;
  timezone: string;
  /** Unix seconds, UTC. */
  now: number;
  /** No calls in the period, or a store whose newest call is older than stale_after_hours: silence is not success. */
  dataAttention: DataAttention[];
  staleAfterHours: number;
  /** Call, complaint and commitment targets missed in the period. */
  targetsMissed: TargetResult[];
  overdueCommitments: CommitmentStory[];
  overdueComplaints: OverdueComplaint[];
  /** Recurring complaints not yet resolved. */
  openRecurring: ComplaintStory[];
  surges: Surge[];
  /** Customers with an abandoned call since the period's start and no answer since. */
  callbacks: Callback[];
  /** Runs of intervals with fewer agents seen than the charter's staffing needs; null without such a target. */
  understaffed: UnderstaffedCheck | null;
  /** How many things need attention: 0 means all is well. */
  attention: number;
}

/** Everything that needs attention after the last complete day or week, for cron. */
export function buildCheck(db: Store, request: { period: 'daily' | 'weekly'; now: Date; staffingMargin: StaffingMargin }): CheckReport {
  const settings = readSettings(db);
  const zone = new Zone(settings.timezone);
  const now = Math.floor(request.now.getTime() / 1000);
  const period = resolvePeriod({ [request.period]: true }, zone.localDay(now), settings.week_start);
  const calls = buildCallReport(db, { period, now: request.now });
  const targetsMissed = [...calls.targets, ...ledgerTargetResults(db, periodWindow(period, zone), now)].filter((result) => result.met === false);
  const complaints = complaintStories(db, now).filter((story) => story.state.open);
  const report = {
    period,
    timezone: zone.name,
    now,
    dataAttention: calls.data_attention,
    staleAfterHours: calls.params.stale_after_hours,
    targetsMissed,
    overdueCommitments: overdueCommitments(db, now),
    overdueComplaints: overdueComplaints(complaints, readTargets(db), now),
    openRecurring: complaints.filter(isRecurring),
    surges: surgingCategories(db, now),
    callbacks: customersToCallBack(db, period.fromDay),
    understaffed: understaffedIntervals(db, settings, period, request.staffingMargin),
  };
  const attention =
    report.dataAttention.length +
    report.targetsMissed.length +
    report.overdueCommitments.length +
    report.overdueComplaints.length +
    report.openRecurring.length +
    report.surges.length +
    report.callbacks.length +
    (report.understaffed?.runs.length ?? 0);
  return { ...report, attention };
}

function overdueComplaints(open: readonly ComplaintStory[], targets: readonly Target[], now: number): OverdueComplaint[] {
  const charter = complaintTargets(targets);
  const late: OverdueComplaint[] = [];
  for (const story of open) {
    if (story.state.acknowledgedAt === null && charter.ack && missedAckTarget(story, charter, now)) {
      late.push({ story, waitingFor: 'acknowledgement', hours: hoursToAcknowledge(story, now), target: charter.ack });
      continue;
    }
    const resolveTarget = resolveTargetOf(story, charter);
    if (resolveTarget && missedResolveTarget(story, charter, now)) late.push({ story, waitingFor: 'resolution', hours: hoursToResolve(story, now), target: resolveTarget });
  }
  return late.sort((a, b) => b.hours - a.hours || a.story.complaint.id - b.story.complaint.id);
}
