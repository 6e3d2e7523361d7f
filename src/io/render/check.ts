import type { CheckReport } from '../../core/check/check.js';
import type { DataAttention } from '../../core/report/call-report.js';
import { findTargetKpi } from '../../core/targets/catalogue.js';
import { describePeriod } from '../../core/time/period.js';
import { Zone } from '../../core/time/zone.js';
import { commitmentStatusText } from './commitments.js';
import { humanDuration, localIso, localTime } from './instant.js';
import { formatKpiValue, formatTarget } from './report/format.js';

/** Cron mails the text: it must read well in an e-mail body, so no line is wider than this. */
const WIDTH = 80;

interface Section {
  title: string;
  items: string[];
}

/** The check as sections of one-paragraph items, shared by the text and markdown renderers. */
function sections(report: CheckReport): Section[] {
  const zone = new Zone(report.timezone);
  const at = (seconds: number) => localTime(seconds, zone);
  const { from, to } = describePeriod(report.period);
  const unit = (kpi: string) => findTargetKpi(kpi)?.unit;
  return [
    {
      title: 'Call data',
      items: report.dataAttention.map((item) => dataAttentionText(item, report, at)),
    },
    {
      title: `Targets missed, ${from} to ${to}`,
      items: report.targetsMissed.map((result) => {
        const kpiUnit = unit(result.kpi);
        return `${result.kpi} ${kpiUnit ? formatKpiValue(kpiUnit, result.value) : String(result.value)}, target ${formatTarget(kpiUnit, result.op, result.target)}`;
      }),
    },
    {
      title: 'Overdue commitments',
      items: report.overdueCommitments.map((story) => {
        const { commitment, state } = story;
        const who = commitment.customer ? ` to customer ${commitment.customer}` : '';
        const owner = commitment.owner ? `, owner ${commitment.owner}` : '';
        return `#${commitment.id}${who}, due ${at(state.currentDueAt)}, ${commitmentStatusText(story)} by ${humanDuration(report.now - state.currentDueAt)}${owner}: "${commitment.promise}"`;
      }),
    },
    {
      title: 'Complaints past their target',
      items: report.overdueComplaints.map(({ story, waitingFor, hours, target }) => {
        const { complaint } = story;
        return `#${complaint.id} from customer ${complaint.customer} (${complaint.category}, ${complaint.severity}), received ${at(complaint.receivedAt)}: no ${waitingFor} after ${humanDuration(hours * 3600)}, target ${formatTarget('hours', target.op, target.value)}`;
      }),
    },
    {
      title: 'Recurring complaints not yet resolved',
      items: report.openRecurring.map(({ complaint, state, previousId }) => {
        const where = { received: 'not yet acknowledged', acknowledged: 'acknowledged', reopened: 'reopened', resolved: 'resolved', closed: 'closed' }[state.status];
        return `#${complaint.id} from customer ${complaint.customer} (${complaint.category}), received ${at(complaint.receivedAt)}, again after #${previousId}: ${where}`;
      }),
    },
    {
      title: 'Surging complaint categories (last 7 days against up to 8 weeks before: Poisson upper tail P < 0.01)',
      items: report.surges.map(
        (surge) =>
          `${surge.category}: ${surge.lastWeek} in the last 7 days against ${surge.weeklyMean.toFixed(2)} a week in the ${surge.historyWeeks} weeks from ${at(surge.historyFrom)} to ${at(surge.historyTo)}, P = ${surge.pValue.toPrecision(2)}`,
      ),
    },
    understaffedSection(report),
    {
      title: `Customers to call back (abandoned since ${from}, not answered since)`,
      items: report.callbacks.map((callback) => {
        const attempts = `${callback.attempts} attempt${callback.attempts === 1 ? '' : 's'}`;
        const wait = callback.longest_wait_s === null ? '' : `, longest wait ${humanDuration(callback.longest_wait_s)}`;
        return `${callback.customer}: ${attempts}, last ${at(callback.last_attempt_at)}${wait}`;
      }),
    },
  ].filter((section) => section.items.length > 0);
}

function understaffedSection(report: CheckReport): Section {
  const check = report.understaffed;
  const wall = (seconds: number) => new Date(seconds * 1000).toISOString().slice(0, 16).replace('T', ' ');
  return {
    title: `Understaffed intervals (fewer agents seen answering than ${check?.target ?? 'the target'} needs, ${check?.intervalMin ?? 30}-minute intervals)`,
    items: (check?.runs ?? []).map(
      (run) => `${wall(run.wallFrom)} to ${wall(run.wallTo).slice(11)}: needed up to ${run.mostNeeded}, seen as few as ${run.fewestSeen}, short by up to ${run.largestGap} (${run.intervals} interval${run.intervals === 1 ? '' : 's'})`,
    ),
  };
}

function dataAttentionText(item: DataAttention, report: CheckReport, at: (seconds: number) => string): string {
  const newest = item.newest_call === null ? null : at(Date.parse(item.newest_call) / 1000);
  if (item.kind === 'no-calls') {
    const { from, to } = describePeriod(report.period);
    const span = from === to ? `on ${from}` : `between ${from} and ${to}`;
    return newest === null
      ? `No calls ${span}: the store has no calls at all. Is the import running, and does it write to this store (SVC_DB)?`
      : `No calls ${span}; the newest call in the store is from ${newest}. Is the import running?`;
  }
  return `The newest call in the store is from ${newest}, ${Math.floor(item.hours_since ?? 0)} h ago: older than stale_after_hours (${report.staleAfterHours} h). Is the import running?`;
}

function headline(report: CheckReport): string {
  const { from, to } = describePeriod(report.period);
  const span = report.period.kind === 'daily' ? `the day ${from}` : `the week ${from} to ${to}`;
  if (report.attention === 0) return `All is well for ${span}: nothing needs attention.`;
  return `${report.attention} ${report.attention === 1 ? 'thing needs' : 'things need'} attention (${span}, ${report.timezone}).`;
}

/** Plain text for a terminal or an e-mail body: no colour, nothing wider than 80 columns. */
export function renderCheckText(report: CheckReport): string {
  if (report.attention === 0) return `${headline(report)}\n`;
  const blocks = [wrap(headline(report), ''), ...sections(report).map((section) => [wrap(section.title, ''), ...section.items.map((item) => wrap(`- ${item}`, '  '))].join('\n'))];
  return `${blocks.join('\n\n')}\n`;
}

export function renderCheckMarkdown(report: CheckReport): string {
  if (report.attention === 0) return `${headline(report)}\n`;
  const escape = (text: string) => text.replace(/([\\*_`#|<>[\]])/g, '\\$1');
  const blocks = [escape(headline(report)), ...sections(report).map((section) => [`## ${escape(section.title)}`, '', ...section.items.map((item) => `- ${escape(item)}`)].join('\n'))];
  return `${blocks.join('\n\n')}\n`;
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

/** Greedy word wrap at WIDTH; continuation lines get `indent`. A single word longer than the line stays whole. */
export function wrap(text: string, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    const prefix = lines.length === 0 ? '' : indent;
    if (line !== '' && prefix.length + candidate.length > WIDTH) {
      lines.push(`${prefix}${line}`);
      line = word;
    } else line = candidate;
  }
  if (line !== '') lines.push(`${lines.length === 0 ? '' : indent}${line}`);
  return lines.join('\n');
}
