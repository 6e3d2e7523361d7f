import type { InstrumentReport, SurveyReport } from '../../core/survey/report.js';
import { summaryMeasures, type Measures } from '../../core/survey/measures.js';
import { MIN_ANSWERS } from '../../core/survey/sample-size.js';
import type { Summary } from '../../core/survey/summary.js';
import { renderCsv } from './csv.js';
import type { Cell, Column, Format, Tabular } from './index.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderTable } from './table.js';

/** JSON: the report itself. csv: one row per measure (long form). table and md: a section per instrument. */
export function renderSurveyReport(report: SurveyReport, format: Format, options: { borders: boolean }): string {
  if (format === 'json') return renderJson(report);
  if (format === 'csv') return renderCsv(longForm(report));
  const title = `Survey report ${report.period.from} to ${report.period.to} (${report.period.timezone})`;
  // Markdown needs a blank line after a table, or the next line is read as one more row.
  const block = (text: string) => (format === 'md' ? `${text}\n` : text);
  const draw = (data: Tabular) => block(format === 'md' ? renderMarkdown(data) : renderTable(data, options));
  const heading = (text: string) => (format === 'md' ? `## ${text}\n\n` : `${text}\n`);
  if (report.instruments.length === 0) return `${heading(title)}No survey responses in this period.\n`;
  const sections = report.instruments.map((instrument) => {
    const note = tooFewNote(instrument);
    const parts = [heading(`${instrument.instrument}: ${instrument.title}`), draw(groupsTable(instrument, report)), ...(note === '' ? [] : [block(note)])];
    if (instrument.overall.kind === 'servqual') parts.push(draw(servqualDimensions(instrument)), block(servqualOverall(instrument)));
    if (instrument.reliability.length > 0) parts.push(draw(reliabilityTable(instrument)));
    return parts.join('');
  });
  if (format === 'md') return `${heading(title)}${sections.join('')}`.replace(/\n+$/, '\n');
  return `${heading(title)}\n${sections.join('\n')}`;
}

/** Headers of each instrument's measures, in the order shown. */
function measureColumns(instrument: InstrumentReport): Column[] {
  const right = (key: string, header: string): Column => ({ key, header, align: 'right' });
  const scale = instrument.scale ? `${instrument.scale.min}–${instrument.scale.max}` : '';
  switch (instrument.overall.kind) {
    case 'nps':
      return [right('responses', 'responses'), right('promoters', 'promoters 9–10'), right('passives', 'passives 7–8'), right('detractors', 'detractors 0–6'), right('nps', 'NPS'), right('margin_of_error', '± (95%)')];
    case 'csat':
      return [right('responses', 'responses'), right('mean', `mean (${scale})`), right('top2_share', 'top-2-box')];
    case 'ces':
      return [right('responses', 'responses'), right('mean', `mean (on the ${scale} scale)`)];
    case 'servqual':
      return [right('responses', 'responses'), right('gap_unweighted', 'gap P−E'), right('gap_weighted', 'weighted gap')];
    case 'custom':
      return [
        right('responses', 'responses'),
        ...instrument.overall.dimensions.map((d) => right(`dimension.${d.dimension}`, d.dimension)),
        ...instrument.overall.items.map((i) => right(`item.${i.item}`, i.item)),
      ];
  }
}

function groupsTable(instrument: InstrumentReport, report: SurveyReport): Tabular {
  const columns = measureColumns(instrument);
  const row = (group: string, measures: Measures, signed = false, summary?: Summary): Record<string, Cell> => ({
    group,
    ...Object.fromEntries(columns.map((column) => [column.key, shown(column.key, measures[column.key] ?? null, signed)])),
    ...(summary && 'too_few_answers' in summary && summary.too_few_answers && summary.n > 0 ? { margin_of_error: 'too few answers' } : {}),
  });
  const rows = [row('all', summaryMeasures(instrument.overall), false, instrument.overall)];
  if (instrument.previous && report.previous_period) {
    rows.push(row(`previous (${report.previous_period.from} to ${report.previous_period.to})`, summaryMeasures(instrument.previous), false, instrument.previous));
    rows.push(row('change', instrument.change ?? {}, true));
  }
  for (const breakdown of instrument.breakdowns) {
    for (const group of breakdown.groups) rows.push(row(`${breakdown.by} ${group.key}`, summaryMeasures(group.summary), false, group.summary));
  }
  return { columns: [{ key: 'group', header: 'group' }, ...columns], rows };
}

/** Names the rows whose score rests on fewer than MIN_ANSWERS answers. */
function tooFewNote(instrument: InstrumentReport): string {
  const few = (summary: Summary | null) => summary !== null && 'too_few_answers' in summary && summary.too_few_answers && summary.n > 0;
  const rows = [
    ...(few(instrument.overall) ? [`all (${instrument.overall.n})`] : []),
    ...(few(instrument.previous) ? [`previous (${instrument.previous?.n})`] : []),
    ...instrument.breakdowns.flatMap((breakdown) => breakdown.groups.filter((group) => few(group.summary)).map((group) => `${breakdown.by} ${group.key} (${group.summary.n})`)),
  ];
  if (rows.length === 0) return '';
  return `Too few answers (fewer than ${MIN_ANSWERS}) for a score to rely on, so no margin or change is given: ${rows.join(', ')}.\n`;
}

function servqualDimensions(instrument: InstrumentReport): Tabular {
  if (instrument.overall.kind !== 'servqual') return { columns: [], rows: [] };
  return {
    columns: [
      { key: 'dimension', header: 'dimension (worst gap first)' },
      { key: 'expectation', header: 'expectation', align: 'right' },
      { key: 'perception', header: 'perception', align: 'right' },
      { key: 'gap', header: 'gap P−E', align: 'right' },
      { key: 'weight', header: 'weight (of 100)', align: 'right' },
    ],
    rows: instrument.overall.dimensions.map((d) => ({
      dimension: d.dimension,
      expectation: shown('expectation', d.expectation),
      perception: shown('perception', d.perception),
      gap: shown('gap', d.gap, true),
      weight: shown('weight', d.weight),
    })),
  };
}

function servqualOverall(instrument: InstrumentReport): string {
  if (instrument.overall.kind !== 'servqual') return '';
  const { gap_unweighted, gap_weighted, weights_n } = instrument.overall;
  const weighted = gap_weighted === null ? 'no importance weights given' : `weighted ${shown('gap', gap_weighted, true)} (weights from ${weights_n} respondent${weights_n === 1 ? '' : 's'})`;
  return `Overall gap P−E: unweighted ${shown('gap', gap_unweighted, true)}, ${weighted}\n`;
}

function reliabilityTable(instrument: InstrumentReport): Tabular {
  return {
    columns: [
      { key: 'dimension', header: 'dimension' },
      { key: 'items', header: 'items', align: 'right' },
      { key: 'responses', header: 'complete responses', align: 'right' },
      { key: 'alpha', header: "Cronbach's alpha", align: 'right' },
      { key: 'if_deleted', header: 'alpha if item deleted' },
    ],
    rows: instrument.reliability.map((r) => ({
      dimension: r.dimension,
      items: r.items.length,
      responses: r.n,
      alpha: shown('alpha', r.alpha),
      if_deleted: r.if_deleted.map((d) => `${d.item} ${shown('alpha', d.alpha)}`).join(', '),
    })),
  };
}

/** Measures that count people: shown as whole numbers. */
const COUNTS = new Set(['responses', 'promoters', 'passives', 'detractors', 'weights_n']);

/** For reading: counts whole, NPS points and weights to a tenth, shares as percentages, means and gaps to two decimals; `signed` for changes and gaps. */
function shown(key: string, value: number | null, signed = false): string {
  if (value === null) return '-';
  let text: string;
  if (COUNTS.has(key) && !signed) text = String(value);
  else if (key === 'nps' || key === 'margin_of_error' || key === 'weight') text = fixed(value, 1);
  else if (key === 'top2_share') text = `${fixed(value * 100, 1)}${signed ? ' pp' : '%'}`;
  else text = fixed(value, 2);
  return signed && parseFloat(text) > 0 ? `+${text}` : text;
}

/** Rounds for reading and never shows "-0.00". */
function fixed(value: number, digits: number): string {
  const text = value.toFixed(digits);
  return Number(text) === 0 ? (0).toFixed(digits) : text;
}

function longForm(report: SurveyReport): Tabular {
  const rows: Record<string, Cell>[] = [];
  const add = (instrument: string, group: string, measures: Measures) => {
    for (const [measure, value] of Object.entries(measures)) rows.push({ instrument, group, measure, value });
  };
  for (const instrument of report.instruments) {
    add(instrument.instrument, 'all', summaryMeasures(instrument.overall));
    if (instrument.previous) add(instrument.instrument, 'previous', summaryMeasures(instrument.previous));
    if (instrument.change) add(instrument.instrument, 'change', instrument.change);
    for (const breakdown of instrument.breakdowns) {
      for (const group of breakdown.groups) add(instrument.instrument, `${breakdown.by}:${group.key}`, summaryMeasures(group.summary));
    }
  }
  return { columns: ['instrument', 'group', 'measure', 'value'].map((key) => ({ key, header: key })), rows };
}
