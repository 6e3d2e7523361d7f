import type { CheckReport } from '../../core/check/check.js';
import type { DataAttention } from '../../core/report/call-report.js';
import { findTargetKpi } from '../../core/targets/catalogue.js';
import { describePeriod } from '../../core/time/period.js';
import { Zone } from '../../core/time/zone.js';
import { commitmentStatusText } from './commitments.js';
import { localIso, localTime } from './instant.js';
import type { Messages } from '../../i18n/messages.js';
import { lengthOfTime } from './views/confirmations/confirmation.js';
import type { Block, Document } from './document/model.js';
import { formatKpiValue, formatTarget } from './report/format.js';

interface Section {
  title: string;
  items: string[];
}

/** The check as sections of one-paragraph items, shared by the text and markdown renderers, in the language of `words`. */
export function sections(report: CheckReport, words: Messages): Section[] {
  const zone = new Zone(report.timezone);
  const at = (seconds: number) => localTime(seconds, zone);
  const { from, to } = describePeriod(report.period);
  const unit = (kpi: string) => findTargetKpi(kpi)?.unit;
  return [
    {
      title: words.t('check.section.data'),
      items: report.dataAttention.map((item) => dataAttentionText(item, report, at, words)),
    },
    {
      title: words.t('check.section.targets', { from, to }),
      items: report.targetsMissed.map((result) => {
        const kpiUnit = unit(result.kpi);
        return words.t('check.target', { kpi: result.kpi, value: kpiUnit ? formatKpiValue(kpiUnit, result.value) : String(result.value), target: formatTarget(kpiUnit, result.op, result.target) });
      }),
    },
    {
      title: words.t('check.section.commitments'),
      items: report.overdueCommitments.map((story) => {
        const { commitment, state } = story;
        const status = story.state.overdue ? words.t('check.status.overdue') : state.lateByS !== null ? words.t('check.status.keptLate') : commitmentStatusText(story);
        const params = { id: commitment.id, customer: commitment.customer ?? '', owner: commitment.owner ?? '', due: at(state.currentDueAt), status, late: lengthOfTime(report.now - state.currentDueAt, words), promise: commitment.promise };
        const key = commitment.customer ? (commitment.owner ? 'check.commitmentToOwner' : 'check.commitmentTo') : commitment.owner ? 'check.commitmentOwner' : 'check.commitment';
        return words.t(key, params);
      }),
    },
    {
      title: words.t('check.section.complaints'),
      items: report.overdueComplaints.map(({ story, waitingFor, hours, target }) => {
        const { complaint } = story;
        return words.t('check.complaint', {
          id: complaint.id,
          customer: complaint.customer,
          category: complaint.category,
          severity: words.t(`confirm.severity.${complaint.severity}`),
          received: at(complaint.receivedAt),
          waiting: words.t(`check.waiting.${waitingFor}`),
          after: lengthOfTime(hours * 3600, words),
          target: formatTarget('hours', target.op, target.value),
        });
      }),
    },
    {
      title: words.t('check.section.recurring'),
      items: report.openRecurring.map(({ complaint, state, previousId }) =>
        words.t('check.recurring', { id: complaint.id, customer: complaint.customer, category: complaint.category, received: at(complaint.receivedAt), previous: previousId ?? '', where: words.t(`check.where.${state.status}`) }),
      ),
    },
    {
      title: words.t('check.section.surges'),
      items: report.surges.map((surge) =>
        words.t('check.surge', {
          category: surge.category,
          count: surge.lastWeek,
          mean: surge.weeklyMean.toFixed(2),
          weeks: surge.historyWeeks,
          from: at(surge.historyFrom),
          to: at(surge.historyTo),
          p: surge.pValue.toPrecision(2),
        }),
      ),
    },
    understaffedSection(report, words),
    {
      title: words.t('check.section.callbacks', { from }),
      items: report.callbacks.map((callback) => {
        const params = { customer: callback.customer, last: at(callback.last_attempt_at) };
        return callback.longest_wait_s === null
          ? words.plural('check.callback', callback.attempts, params)
          : words.plural('check.callbackWait', callback.attempts, { ...params, wait: lengthOfTime(callback.longest_wait_s, words) });
      }),
    },
  ].filter((section) => section.items.length > 0);
}

function understaffedSection(report: CheckReport, words: Messages): Section {
  const check = report.understaffed;
  const wall = (seconds: number) => new Date(seconds * 1000).toISOString().slice(0, 16).replace('T', ' ');
  const minutes = check?.intervalMin ?? 30;
  return {
    title: check?.target === undefined ? words.t('check.section.understaffedNoTarget', { minutes }) : words.t('check.section.understaffed', { target: check.target, minutes }),
    items: (check?.runs ?? []).map((run) =>
      words.plural('check.understaffed', run.intervals, { from: wall(run.wallFrom), to: wall(run.wallTo).slice(11), needed: run.mostNeeded, seen: run.fewestSeen, gap: run.largestGap }),
    ),
  };
}

function dataAttentionText(item: DataAttention, report: CheckReport, at: (seconds: number) => string, words: Messages): string {
  const newest = item.newest_call === null ? null : at(Date.parse(item.newest_call) / 1000);
  if (item.kind === 'no-calls') {
    const { from, to } = describePeriod(report.period);
    const span = from === to ? words.t('check.span.on', { day: from }) : words.t('check.span.between', { from, to });
    return newest === null ? words.t('check.noCallsAtAll', { span }) : words.t('check.noCalls', { span, newest });
  }
  return words.t('check.stale', { newest: newest ?? '', hours: Math.floor(item.hours_since ?? 0), limit: report.staleAfterHours });
}

function headline(report: CheckReport, words: Messages): string {
  const { from, to } = describePeriod(report.period);
  const span = report.period.kind === 'daily' ? words.t('check.theDay', { day: from }) : words.t('check.theWeek', { from, to });
  if (report.attention === 0) return words.t('check.allWell', { span });
  return words.plural('check.attention', report.attention, { span, zone: report.timezone });
}

/** The check as a document: the headline, then one list per kind of thing that needs attention. */
export function checkView(report: CheckReport, words: Messages): Document {
  const blocks: Block[] = [{ kind: 'paragraph', text: headline(report, words) }, ...sections(report, words).map((section): Block => ({ kind: 'list', ...section }))];
  return { title: headline(report, words), lang: words.lang, blocks, json: checkJson(report) };
}

/** One JSON document: every item with its data, instants as local ISO with offset. */
export function checkJson(report: CheckReport) {
  const zone = new Zone(report.timezone);
  const iso = (at: number | null) => (at === null ? null : localIso(at, zone));
  return {
    period: { ...describePeriod(report.period), kind: report.period.kind, timezone: report.timezone },
    checked_at: iso(report.now),
    attention: report.attention,
    data_attention: report.dataAttention.map((item) => ({ ...item, newest_call: item.newest_call === null ? null : iso(Date.parse(item.newest_call) / 1000) })),
    targets_missed: report.targetsMissed,
    overdue_commitments: report.overdueCommitments.map(({ commitment, state }) => ({
      id: commitment.id,
      customer: commitment.customer,
      owner: commitment.owner,
      promise: commitment.promise,
      due: iso(state.currentDueAt),
      original_due: iso(commitment.dueAt),
      overdue_s: report.now - state.currentDueAt,
    })),
    overdue_complaints: report.overdueComplaints.map(({ story, waitingFor, hours, target }) => ({
      id: story.complaint.id,
      customer: story.complaint.customer,
      category: story.complaint.category,
      severity: story.complaint.severity,
      received_at: iso(story.complaint.receivedAt),
      waiting_for: waitingFor,
      hours,
      target: { kpi: target.kpi, op: target.op, value: target.value },
    })),
    open_recurring_complaints: report.openRecurring.map(({ complaint, state, previousId }) => ({
      id: complaint.id,
      customer: complaint.customer,
      category: complaint.category,
      received_at: iso(complaint.receivedAt),
      status: state.status,
      previous: previousId,
    })),
    surging_categories: report.surges.map((surge) => ({
      category: surge.category,
      last_7_days: surge.lastWeek,
      weekly_mean: surge.weeklyMean,
      history_weeks: surge.historyWeeks,
      history_from: iso(surge.historyFrom),
      history_to: iso(surge.historyTo),
      rate_tested: surge.rate,
      p_value: surge.pValue,
    })),
    callbacks: report.callbacks.map((callback) => ({
      customer: callback.customer,
      attempts: callback.attempts,
      first_attempt: iso(callback.first_attempt_at),
      last_attempt: iso(callback.last_attempt_at),
      longest_wait_s: callback.longest_wait_s,
      total_wait_s: callback.total_wait_s,
      last_answered: iso(callback.last_answered_at),
    })),
    understaffed: report.understaffed && {
      target: report.understaffed.target,
      interval_min: report.understaffed.intervalMin,
      runs: report.understaffed.runs.map((run) => ({
        from: localIso(zone.utcFromWall(run.wallFrom), zone),
        to: localIso(zone.utcFromWall(run.wallTo), zone),
        intervals: run.intervals,
        most_needed: run.mostNeeded,
        fewest_seen: run.fewestSeen,
        largest_gap: run.largestGap,
      })),
    },
  };
}
