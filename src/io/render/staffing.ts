import type { StaffedInterval, StaffingResult } from '../../core/staffing/log-staffing.js';
import { MIN_ANSWERED_FOR_AHT } from '../../core/staffing/log-staffing.js';
import type { ModelName, Prediction } from '../../core/staffing/prediction.js';
import { formatStaffingTarget } from '../../core/staffing/target-spec.js';
import type { WhatIfResult } from '../../core/staffing/what-if.js';
import { describePeriod } from '../../core/time/period.js';
import { Zone } from '../../core/time/zone.js';
import { renderDocumentCsv } from './document/data.js';
import { tableFromTabular } from './document/from-tabular.js';
import { renderDocumentMarkdown } from './document/markdown.js';
import { renderTerminal, type TerminalOptions } from './document/terminal.js';
import type { Format, Tabular } from './index.js';
import { localIso, localTime } from './instant.js';
import { renderJson } from './json.js';
import { formatKpiValue } from './report/format.js';

const MODEL_NAMES: Record<ModelName, string> = { 'erlang-c': 'Erlang C', 'erlang-a': 'Erlang A' };

/** What a view is made of: lines above the table, the table, lines below it. */
interface StaffingView {
  heading: string[];
  table: Tabular;
  notes: string[];
  json: unknown;
}

/** Text that came from the input (queue names) never carries control characters to a terminal. */
const printable = (text: string) => [...text].map((char) => (isControl(char) ? '?' : char)).join('');
const isControl = (char: string) => {
  const code = char.codePointAt(0)!;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
};
const percent = (value: number | null) => formatKpiValue('fraction', value);
const seconds = (value: number | null) => formatKpiValue('seconds', value);
const round = (value: number | null, digits: number) => (value === null ? null : Number(value.toFixed(digits)));

function render(view: StaffingView, format: Format, options: TerminalOptions): string {
  if (format === 'json') return renderJson(view.json);
  const document = { title: 'Staffing', blocks: [tableFromTabular(view.table)] };
  const table = format === 'csv' ? renderDocumentCsv(document) : format === 'md' ? renderDocumentMarkdown(document) : renderTerminal(document, options);
  if (format === 'csv') return table;
  const lines = (texts: string[]) => (texts.length === 0 ? '' : `${texts.join('\n')}\n`);
  return `${lines(view.heading)}${view.heading.length > 0 ? '\n' : ''}${table}${view.notes.length > 0 ? '\n' : ''}${lines(view.notes)}`;
}

function predictionColumns(model: ModelName, thresholdS: number, raw: boolean) {
  return [
    { key: 'service_level', header: raw ? 'service_level' : `SL ≤ ${thresholdS} s`, align: 'right' as const },
    { key: 'asa_s', header: raw ? 'asa_s' : 'ASA', align: 'right' as const },
    { key: 'p_wait', header: raw ? 'p_wait' : 'P(wait)', align: 'right' as const },
    { key: 'occupancy', header: raw ? 'occupancy' : 'occupancy', align: 'right' as const },
    ...(model === 'erlang-a' ? [{ key: 'abandon_rate', header: raw ? 'abandon_rate' : 'abandoned', align: 'right' as const }] : []),
  ];
}

function predictionCells(prediction: Prediction, raw: boolean) {
  if (raw) return { ...prediction };
  return {
    service_level: percent(prediction.service_level),
    asa_s: prediction.asa_s === null ? 'unbounded' : seconds(prediction.asa_s),
    p_wait: percent(prediction.p_wait),
    occupancy: percent(prediction.occupancy),
    abandon_rate: percent(prediction.abandon_rate),
  };
}

/** The calculator's answer: the agents needed, and what one fewer and one more would give. */
export function whatIfView(result: WhatIfResult): StaffingView {
  const scheduled = result.agents_scheduled === null ? '' : `, ${result.agents_scheduled} to schedule after shrinkage`;
  const rows = [...result.neighbours, result.predicted].sort((a, b) => a.agents - b.agents);
  return {
    heading: [`${MODEL_NAMES[result.model]}: ${result.erlangs.toFixed(2)} erlangs, ${result.agents_needed} agents needed${scheduled}.`],
    table: {
      columns: [{ key: 'agents', header: 'agents', align: 'right' }, { key: 'needed', header: 'needed' }, ...predictionColumns(result.model, result.sl_threshold_s, false)],
      rows: rows.map((prediction) => ({ agents: prediction.agents, needed: prediction.agents === result.agents_needed, ...predictionCells(prediction, false) })),
    },
    notes: [],
    json: {
      model: result.model,
      erlangs: result.erlangs,
      agents_needed: result.agents_needed,
      ...(result.agents_scheduled === null ? {} : { agents_scheduled: result.agents_scheduled }),
      sl_threshold_s: result.sl_threshold_s,
      predicted: withoutAgents(result.predicted),
      neighbours: result.neighbours,
    },
  };
}

/** CSV has raw numbers: one row per number of agents. */
function whatIfCsv(result: WhatIfResult): Tabular {
  const rows = [...result.neighbours, result.predicted].sort((a, b) => a.agents - b.agents);
  return {
    columns: [{ key: 'agents', header: 'agents' }, { key: 'needed', header: 'needed' }, ...predictionColumns(result.model, result.sl_threshold_s, true)],
    rows: rows.map((prediction) => ({ ...prediction, needed: prediction.agents === result.agents_needed })),
  };
}

function withoutAgents(prediction: Prediction) {
  const { agents: _agents, ...rest } = prediction;
  return rest;
}

export function renderWhatIf(result: WhatIfResult, format: Format, options: TerminalOptions): string {
  const view = whatIfView(result);
  return render(format === 'csv' ? { ...view, table: whatIfCsv(result) } : view, format, options);
}

function startText(interval: StaffedInterval, zone: Zone, iso: boolean): string {
  if (interval.weekday !== null) return `${interval.weekday} ${new Date(interval.wallStart * 1000).toISOString().slice(11, 16)}`;
  const utc = zone.utcFromWall(interval.wallStart);
  return iso ? localIso(utc, zone) : localTime(utc, zone);
}

/** Staffing over the log: one row per interval, the parameters above, what the numbers rest on below. */
export function staffingView(result: StaffingResult, raw: boolean): StaffingView {
  const zone = new Zone(result.timezone);
  const { from, to } = describePeriod(result.period);
  const target = formatStaffingTarget(result.target);
  const shown = raw ? result.intervals : result.intervals.filter((interval) => interval.offered > 0 || interval.agents_seen > 0);
  const anyFromPeriod = result.intervals.some((interval) => interval.aht_from_period);
  const columns = [
    { key: 'start', header: result.typical ? 'weekday and time' : 'start' },
    { key: 'offered', header: result.typical ? 'offered (mean)' : 'offered', align: 'right' as const },
    { key: 'aht_s', header: 'AHT', align: 'right' as const },
    ...(raw ? [{ key: 'aht_from_period', header: 'aht_from_period' }] : []),
    { key: 'erlangs', header: 'erlangs', align: 'right' as const },
    { key: 'agents_needed', header: raw ? 'agents_needed' : 'needed', align: 'right' as const },
    ...(result.shrinkage === null ? [] : [{ key: 'agents_scheduled', header: raw ? 'agents_scheduled' : 'to schedule', align: 'right' as const }]),
    { key: 'agents_seen', header: raw ? 'agents_seen' : 'seen (at least)', align: 'right' as const },
    { key: 'gap', header: raw ? 'gap' : 'gap (at most)', align: 'right' as const },
    { key: 'achieved_service_level', header: raw ? 'achieved_service_level' : `SL achieved`, align: 'right' as const },
    { key: 'achieved_abandon_rate', header: raw ? 'achieved_abandon_rate' : 'abandoned', align: 'right' as const },
    { key: 'predicted_service_level', header: raw ? 'predicted_service_level' : 'SL predicted', align: 'right' as const },
  ];
  const rows = shown.map((interval) => ({
    start: startText(interval, zone, raw),
    offered: raw ? interval.offered : round(interval.offered, 1),
    aht_s: raw ? interval.aht_s : interval.aht_s === null ? '-' : `${seconds(interval.aht_s)}${interval.aht_from_period ? ' *' : ''}`,
    aht_from_period: interval.aht_from_period,
    erlangs: raw ? interval.erlangs : interval.erlangs === null ? '-' : interval.erlangs.toFixed(2),
    agents_needed: interval.agents_needed,
    agents_scheduled: interval.agents_scheduled,
    agents_seen: raw ? interval.agents_seen : round(interval.agents_seen, 1),
    gap: raw ? interval.gap : round(interval.gap, 1),
    achieved_service_level: raw ? interval.achieved.service_level : percent(interval.achieved.service_level),
    achieved_abandon_rate: raw ? interval.achieved.abandon_rate : percent(interval.achieved.abandon_rate),
    predicted_service_level: raw ? (interval.predicted?.service_level ?? null) : percent(interval.predicted?.service_level ?? null),
  }));
  const patience = result.patienceByQueue.map((row) => `${row.queue === '' ? '(no queue)' : printable(row.queue)} ${row.patience_s === null ? 'unknown (no abandoned calls)' : seconds(row.patience_s)}`);
  const hidden = result.intervals.length - shown.length;
  return {
    heading: [
      `Staffing ${result.typical ? 'of a typical week over ' : ''}${from} to ${to} (${result.timezone}), ${result.interval_min}-minute intervals, ${MODEL_NAMES[result.model]}, target ${target} (${result.targetSource}).`,
    ],
    table: { columns, rows, empty: `No calls between ${from} and ${to}.` },
    notes: [
      ...(hidden > 0 ? [`${hidden} intervals without calls or agents are not shown.`] : []),
      ...(anyFromPeriod ? [`* fewer than ${MIN_ANSWERED_FOR_AHT} answered calls: the period's AHT (${seconds(result.periodAhtS)}) stands in.`] : []),
      'Seen: distinct agents who answered a call in the interval, a lower bound of who was there; so the gap is at most what it shows.',
      `SL achieved: answered within the store's T = ${result.achievedThresholdS} s / offered.`,
      ...(result.model === 'erlang-a' ? [`Patience (total wait of all calls / abandoned calls): used ${seconds(result.patience_s)}; by queue: ${patience.join(', ') || 'none'}.`] : []),
    ],
    json: {
      period: { from, to, timezone: result.timezone },
      params: {
        interval_min: result.interval_min,
        queue: result.queue,
        model: result.model,
        target,
        target_source: result.targetSource,
        shrinkage: result.shrinkage,
        patience_s: result.patience_s,
        patience_by_queue: result.patienceByQueue,
        achieved_sl_threshold_s: result.achievedThresholdS,
        period_aht_s: result.periodAhtS,
        min_answered_for_aht: MIN_ANSWERED_FOR_AHT,
        typical: result.typical,
      },
      intervals: result.intervals.map((interval) => ({
        ...(interval.weekday === null ? { start: startText(interval, zone, true) } : { weekday: interval.weekday, time: startText(interval, zone, true).slice(-5), days: interval.days }),
        offered: interval.offered,
        aht_s: interval.aht_s,
        aht_from_period: interval.aht_from_period,
        erlangs: interval.erlangs,
        agents_needed: interval.agents_needed,
        ...(result.shrinkage === null ? {} : { agents_scheduled: interval.agents_scheduled }),
        agents_seen: interval.agents_seen,
        gap: interval.gap,
        achieved: interval.achieved,
        predicted: interval.predicted === null ? null : withoutAgents(interval.predicted),
      })),
    },
  };
}

export function renderStaffing(result: StaffingResult, format: Format, options: TerminalOptions): string {
  return render(staffingView(result, format === 'csv' || format === 'json'), format, options);
}
