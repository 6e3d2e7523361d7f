import { summaryMeasures, type Measures } from '../../../core/survey/measures.js';
import type { InstrumentReport, SurveyReport, TrendWeek } from '../../../core/survey/report.js';
import { MIN_ANSWERS } from '../../../core/survey/sample-size.js';
import type { Summary } from '../../../core/survey/summary.js';
import type { Messages } from '../../../i18n/messages.js';
import type { Block, Column, Direction, Document, TypedCell, Value } from '../document/model.js';
import { humanValue } from '../document/values.js';
import { npsChart, servqualChart, trendChart } from './survey-charts.js';
import { tooFew } from './survey-sample.js';

/**
 * The survey report as a document. People read headings, the groups' measures, notes and charts
 * in the report's language; csv gets one row per measure (instrument, group, measure, value)
 * and json the report itself, keyed as always.
 */
export function surveyReportView(report: SurveyReport, words: Messages): Document {
  const title = words.t('report.survey.title', { from: report.period.from, to: report.period.to, timezone: report.period.timezone });
  const blocks: Block[] = [{ kind: 'heading', text: title }];
  if (report.instruments.length === 0) blocks.push({ kind: 'paragraph', text: words.t('report.survey.empty') });
  for (const instrument of report.instruments) blocks.push(...instrumentBlocks(instrument, report, words));
  blocks.push(longForm(report));
  return { title, lang: words.lang, blocks, json: report };
}

function instrumentBlocks(instrument: InstrumentReport, report: SurveyReport, words: Messages): Block[] {
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: words.t('report.survey.instrument', { id: instrument.instrument, title: instrument.title }) }, groupsTable(instrument, report, words)];
  const note = tooFewNote(instrument, report, words);
  if (note !== null) blocks.push({ kind: 'paragraph', text: note });
  if (instrument.overall.kind === 'nps') blocks.push(npsChart(instrument, groupLabels(instrument, report, words), words));
  if (instrument.overall.kind === 'servqual') blocks.push(servqualTable(instrument, words), servqualChart(instrument, words), { kind: 'paragraph', text: servqualOverall(instrument, words) });
  if (instrument.reliability.length > 0) blocks.push(reliabilityTable(instrument, words));
  if (instrument.trend) blocks.push(trendTable(instrument, instrument.trend, words), trendChart(instrument, instrument.trend, words));
  return blocks;
}

interface MeasureColumn extends Column {
  direction: Direction;
}

/** The instrument's measures, in the order shown, each typed once: the renderers round and mark them. */
function measureColumns(instrument: InstrumentReport, words: Messages): MeasureColumn[] {
  const column = (key: string, label: string, type: Column['type'], direction: Direction = 'up'): MeasureColumn => ({ key, label, type, direction });
  const responses = column('responses', words.t('report.survey.responses'), 'count', 'none');
  const scale = instrument.scale ? `${instrument.scale.min}–${instrument.scale.max}` : '';
  const name = (id: string) => instrument.dimension_titles[id] ?? id;
  switch (instrument.overall.kind) {
    case 'nps':
      return [
        responses,
        column('promoters', words.t('report.survey.promoters'), 'count', 'none'),
        column('passives', words.t('report.survey.passives'), 'count', 'none'),
        column('detractors', words.t('report.survey.detractors'), 'count', 'none'),
        column('nps', words.t('report.survey.nps'), 'points'),
        column('margin_of_error', words.t('report.survey.margin'), 'points', 'none'),
      ];
    case 'csat':
      return [responses, column('mean', words.t('report.survey.mean', { scale }), 'score'), column('top2_share', words.t('report.survey.top2'), 'rate')];
    case 'ces':
      return [responses, column('mean', words.t('report.survey.meanOn', { scale }), 'score')];
    case 'servqual':
      return [responses, column('gap_unweighted', words.t('report.survey.gap'), 'score'), column('gap_weighted', words.t('report.survey.weightedGap'), 'score')];
    case 'custom':
      return [
        responses,
        ...instrument.overall.dimensions.map((d) => column(`dimension.${d.dimension}`, name(d.dimension), 'score')),
        // An item's mean is on the answers as given: a reverse-scored one is better low.
        ...instrument.overall.items.map((i) => column(`item.${i.item}`, i.reverse_scored ? words.t('report.survey.asAnswered', { item: i.item }) : i.item, 'score', i.reverse_scored ? 'down' : 'up')),
      ];
  }
}

/** Every row of the groups table with its label for people and its key for data. */
function groupLabels(instrument: InstrumentReport, report: SurveyReport, words: Messages): { label: string; key: string; summary: Summary }[] {
  const rows = [{ label: words.t('report.survey.all'), key: 'all', summary: instrument.overall }];
  if (instrument.previous && report.previous_period) rows.push({ label: words.t('report.survey.previous', report.previous_period), key: 'previous', summary: instrument.previous });
  for (const breakdown of instrument.breakdowns) {
    for (const group of breakdown.groups) {
      const key = group.key ?? words.t('report.survey.unknown');
      rows.push({ label: words.t(`report.survey.by.${breakdown.by}`, { key }), key: `${breakdown.by}:${group.key ?? ''}`, summary: group.summary });
    }
  }
  return rows;
}

function groupsTable(instrument: InstrumentReport, report: SurveyReport, words: Messages): Block {
  const columns = measureColumns(instrument, words);
  const row = (label: string, summary: Summary): Record<string, Value> => {
    const measures = summaryMeasures(summary);
    const cells: Record<string, Value> = { group: label, ...Object.fromEntries(columns.map((column) => [column.key, measures[column.key] ?? null])) };
    if (tooFew(summary)) cells.margin_of_error = { type: 'text', value: words.t('report.survey.tooFewCell') };
    return cells;
  };
  const change = (measures: Measures): Record<string, Value> => ({
    group: words.t('report.survey.change'),
    ...Object.fromEntries(columns.map((column): [string, TypedCell] => [column.key, { type: 'change', of: column.type as TypedCell['of'], direction: column.direction, value: measures[column.key] ?? null }])),
  });
  const labelled = groupLabels(instrument, report, words);
  const rows = labelled.map(({ label, summary }) => row(label, summary));
  if (instrument.change && instrument.previous && report.previous_period) rows.splice(2, 0, change(instrument.change));
  return { kind: 'table', key: instrument.instrument, audience: 'people', columns: [{ key: 'group', label: words.t('report.survey.group'), type: 'text' }, ...columns], rows };
}

/** Names the rows whose score rests on fewer than MIN_ANSWERS answers. */
function tooFewNote(instrument: InstrumentReport, report: SurveyReport, words: Messages): string | null {
  const rows = groupLabels(instrument, report, words)
    .filter(({ summary }) => tooFew(summary))
    .map(({ label, key, summary }) => words.t('report.survey.rowCount', { label: key === 'previous' ? words.t('report.survey.previousShort') : label, count: summary.n }));
  if (rows.length === 0) return null;
  return words.t('report.survey.tooFew', { min: MIN_ANSWERS, rows: rows.join(', ') });
}

const signedScore = (value: number | null) => humanValue({ type: 'change', of: 'score' }, value);

function servqualTable(instrument: InstrumentReport, words: Messages): Block {
  const dimensions = instrument.overall.kind === 'servqual' ? instrument.overall.dimensions : [];
  return {
    kind: 'table',
    key: 'servqual',
    audience: 'people',
    columns: [
      { key: 'dimension', label: words.t('report.survey.dimensionWorstFirst'), type: 'text' },
      { key: 'expectation', label: words.t('report.survey.expectation'), type: 'score' },
      { key: 'perception', label: words.t('report.survey.perception'), type: 'score' },
      { key: 'gap', label: words.t('report.survey.gap'), type: 'change', of: 'score' },
      { key: 'weight', label: words.t('report.survey.weight'), type: 'points' },
    ],
    rows: dimensions.map((d) => ({ dimension: instrument.dimension_titles[d.dimension] ?? d.dimension, expectation: d.expectation, perception: d.perception, gap: d.gap, weight: d.weight })),
  };
}

function servqualOverall(instrument: InstrumentReport, words: Messages): string {
  if (instrument.overall.kind !== 'servqual') return '';
  const { gap_unweighted, gap_weighted, weights_n } = instrument.overall;
  const weighted = gap_weighted === null ? words.t('report.survey.noWeights') : words.plural('report.survey.weighted', weights_n, { gap: signedScore(gap_weighted) });
  return words.t('report.survey.overallGap', { unweighted: signedScore(gap_unweighted), weighted });
}

function reliabilityTable(instrument: InstrumentReport, words: Messages): Block {
  return {
    kind: 'table',
    key: 'reliability',
    audience: 'people',
    columns: [
      { key: 'dimension', label: words.t('report.survey.dimension'), type: 'text' },
      { key: 'items', label: words.t('report.survey.items'), type: 'count' },
      { key: 'responses', label: words.t('report.survey.completeResponses'), type: 'count' },
      { key: 'alpha', label: words.t('report.survey.alpha'), type: 'score' },
      { key: 'if_deleted', label: words.t('report.survey.alphaIfDeleted'), type: 'text' },
    ],
    rows: instrument.reliability.map((r) => ({
      dimension: instrument.dimension_titles[r.dimension] ?? r.dimension,
      items: r.items.length,
      responses: r.n,
      alpha: r.alpha,
      if_deleted: r.if_deleted.map((d) => `${d.item} ${humanValue({ type: 'score' }, d.alpha)}`).join(', '),
    })),
  };
}

/** The week's score as its instrument reads it: NPS points, CSAT's share of 4s and 5s, CES's mean. */
export function weekScore(summary: Summary): TypedCell {
  if (summary.kind === 'nps') return { type: 'points', value: summary.nps ?? null };
  if (summary.kind === 'csat') return { type: 'rate', value: summary.top2_share ?? null };
  return { type: 'score', value: 'mean' in summary ? (summary.mean ?? null) : null };
}

function trendTable(instrument: InstrumentReport, weeks: readonly TrendWeek[], words: Messages): Block {
  const nps = instrument.overall.kind === 'nps';
  const scale = instrument.scale ? `${instrument.scale.min}–${instrument.scale.max}` : '';
  const label = nps ? words.t('report.survey.nps') : instrument.overall.kind === 'csat' ? words.t('report.survey.top2') : words.t('report.survey.meanOn', { scale });
  return {
    kind: 'table',
    key: `${instrument.instrument}-trend`,
    audience: 'people',
    title: words.t('report.survey.trend'),
    columns: [
      { key: 'week', label: words.t('report.survey.week'), type: 'text' },
      { key: 'responses', label: words.t('report.survey.responses'), type: 'count' },
      { key: 'score', label, type: 'score' },
      ...(nps ? [{ key: 'margin', label: words.t('report.survey.margin'), type: 'points' as const }] : []),
    ],
    rows: weeks.map((week) => ({
      week: words.t('report.survey.weekDays', { from: week.from, to: week.to }),
      responses: week.summary.n,
      score: weekScore(week.summary),
      margin: week.summary.kind !== 'nps' ? null : tooFew(week.summary) ? { type: 'text', value: words.t('report.survey.tooFewCell') } : (week.summary.margin_of_error ?? null),
    })),
  };
}

/** csv: one row per measure, with the keys a program reads (all, previous, change, agent:dana, week:2026-11-02). */
function longForm(report: SurveyReport): Block {
  const rows: Record<string, Value>[] = [];
  const add = (instrument: string, group: string, measures: Measures) => {
    for (const [measure, value] of Object.entries(measures)) rows.push({ instrument, group, measure, value });
  };
  for (const instrument of report.instruments) {
    add(instrument.instrument, 'all', summaryMeasures(instrument.overall));
    if (instrument.previous) add(instrument.instrument, 'previous', summaryMeasures(instrument.previous));
    if (instrument.change) add(instrument.instrument, 'change', instrument.change);
    for (const breakdown of instrument.breakdowns) {
      for (const group of breakdown.groups) add(instrument.instrument, `${breakdown.by}:${group.key ?? ''}`, summaryMeasures(group.summary));
    }
    for (const week of instrument.trend ?? []) add(instrument.instrument, `week:${week.week}`, summaryMeasures(week.summary));
  }
  const columns: Column[] = ['instrument', 'group', 'measure'].map((key) => ({ key, label: key, type: 'text' as const }));
  return { kind: 'table', key: 'measures', audience: 'data', columns: [...columns, { key: 'value', label: 'value', type: 'score' }], rows };
}
