import type { CallReport, DataAttention } from '../../../core/report/call-report.js';
import type { PeriodCoverage } from '../../../core/report/coverage.js';
import type { ProvisionalKpi } from '../../../core/report/provisional.js';
import { Zone } from '../../../core/time/zone.js';
import { localTime } from '../instant.js';
import { groupLabel } from './labels.js';

/** Days without calls named one by one up to this many; beyond, only their number. */
const DAYS_NAMED = 7;

/** What the numbers stand on, for people: one `Data:` line, then a `Note:` for each thing that limits them. */
export function coverageLines(report: CallReport): string[] {
  return [dataLine(report), ...coverageNotes(report)];
}

/** The notes alone: what limits the numbers (for stderr beside CSV, where stdout is data). */
export function coverageNotes(report: CallReport): string[] {
  const at = instantText(report);
  const notes = report.data_attention.map((item) => attentionNote(item, report, at));
  notes.push(...report.provisional.map((entry) => provisionalNote(entry, report, at, 'this period')));
  const groups = report.groups.flatMap((group) => group.provisional.map((entry) => ({ group, entry })));
  if (groups.length > 0) {
    const named = groups.map(({ group, entry }) => `${groupLabel(Object.values(group.key)[0] ?? null, Object.keys(group.key)[0] ?? '')} (${Number((entry.seen_share * 100).toFixed(1))}% seen)`);
    notes.push(`Note: ${groups[0]?.entry.kpi} is provisional in ${groups.length} of ${report.groups.length} groups: ${named.join(', ')}.`);
  }
  // A store without calls has said so above: there is nothing to compare, partly or not.
  if (report.comparable === false && report.coverage.store.last_call !== null) {
    for (const [which, coverage] of [['this period', report.coverage.period], ['the previous period', report.coverage.previous]] as const) {
      if (coverage !== null && !coverage.complete) notes.push(`Note: ${which} is only partly covered by the store's calls (${storeSpanText(report, at)}), so no change is shown.`);
    }
  }
  notes.push(...(report.previous_provisional ?? []).map((entry) => provisionalNote(entry, report, at, 'the previous period')));
  return notes;
}

function dataLine(report: CallReport): string {
  const { store, period } = report.coverage;
  const at = instantText(report);
  const stored = store.first_call === null || store.last_call === null ? 'the store has no calls' : `calls in the store from ${at(store.first_call)} to ${at(store.last_call)}`;
  const without = period.days_without_calls;
  const days = without.length === 0 ? 'no day without calls' : `${without.length} of ${period.days} days without calls${without.length <= DAYS_NAMED ? ` (${without.join(', ')})` : ''}`;
  return `Data: ${stored}; in this period ${spanText(period, at)}, ${days}.`;
}

function storeSpanText(report: CallReport, at: (iso: string) => string): string {
  const { first_call: first, last_call: last } = report.coverage.store;
  return first === null || last === null ? 'it has none' : `they run from ${at(first)} to ${at(last)}`;
}

function spanText(coverage: PeriodCoverage, at: (iso: string) => string): string {
  return coverage.first_call === null || coverage.last_call === null ? 'no calls' : `first call ${at(coverage.first_call)}, last ${at(coverage.last_call)}`;
}

function attentionNote(item: DataAttention, report: CallReport, at: (iso: string) => string): string {
  const newest = item.newest_call === null ? 'the store has no calls at all' : `the newest call in the store is from ${at(item.newest_call)}`;
  if (item.kind === 'no-calls') return `Note: no calls in this period; ${newest}.`;
  return `Note: ${newest}, ${Math.floor(item.hours_since ?? 0)} h ago, older than stale_after_hours (${report.params.stale_after_hours} h): are calls still being imported?`;
}

function provisionalNote(entry: ProvisionalKpi, report: CallReport, at: (iso: string) => string, which: string): string {
  const through = report.coverage.repeat_window_complete_through;
  const seen = `${entry.seen} of ${entry.calls} calls (${Number((entry.seen_share * 100).toFixed(1))}%)`;
  return `Note: ${entry.kpi} of ${which} is provisional: only ${seen} have had their whole ${report.params.repeat_window_h} h window inside the store's calls${through === null ? '' : ` (calls up to ${at(through)})`}; later calls may still make it rise.`;
}

function instantText(report: CallReport): (iso: string) => string {
  const zone = new Zone(report.period.timezone);
  return (iso) => localTime(Date.parse(iso) / 1000, zone);
}
