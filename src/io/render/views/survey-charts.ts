import type { InstrumentReport, TrendWeek } from '../../../core/survey/report.js';
import type { Summary } from '../../../core/survey/summary.js';
import type { Messages } from '../../../i18n/messages.js';
import type { Block } from '../document/model.js';
import type { Basis, Estimate } from '../document/plot/plot.js';
import { tooFew } from './survey-sample.js';

const BLUE = '#4575b4';
const GREY = '#999999';

/** Chart labels carry no bidi isolates: the chart gives a right-to-left label its direction itself. */
const plain = (text: string) => text.replace(/[\u2066-\u2069]/g, '');

/** The legend's names for a score resting on enough answers and on too few. */
function basis(words: Messages): Basis {
  return { enough: { name: plain(words.t('report.survey.enough')), color: BLUE }, few: { name: plain(words.t('report.survey.tooFewCell')), color: GREY } };
}

/** The one score a summary is read by (NPS, the CSAT top-two share, a mean), with its margin only where it rests on enough answers. */
function estimate(label: string, summary: Summary): Estimate | null {
  const score = summary.kind === 'nps' ? summary.nps : summary.kind === 'csat' ? summary.top2_share : 'mean' in summary ? summary.mean : null;
  if (score === null || score === undefined || summary.n === 0) return null;
  const few = tooFew(summary);
  const margin = summary.kind === 'nps' && !few ? (summary.margin_of_error ?? null) : null;
  return { label, value: score, low: margin === null ? null : score - margin, high: margin === null ? null : score + margin, count: summary.n, few };
}

/** NPS of each row of the groups table with its 95 % margin of error as a line through it. */
export function npsChart(instrument: InstrumentReport, rows: readonly { label: string; summary: Summary }[], words: Messages): Block {
  return {
    kind: 'chart',
    key: `nps-${instrument.instrument}`,
    title: words.t('report.survey.npsChart'),
    plot: {
      type: 'intervals',
      rows: rows.flatMap(({ label, summary }) => (summary.kind === 'nps' ? (estimate(plain(label), summary) ?? []) : [])),
      format: 'points',
      domain: [-100, 100],
      axisTitle: 'NPS',
      ...basis(words),
    },
  };
}

/** Expectation against perception per SERVQUAL dimension. */
export function servqualChart(instrument: InstrumentReport, words: Messages): Block {
  const dimensions = instrument.overall.kind === 'servqual' ? instrument.overall.dimensions : [];
  return {
    kind: 'chart',
    key: `servqual-${instrument.instrument}`,
    title: words.t('report.survey.servqualChart'),
    plot: {
      type: 'bars',
      horizontal: true,
      format: 'score',
      axisTitle: plain(words.t('report.survey.meanScore')),
      domain: [0, instrument.scale?.max ?? 7],
      categories: dimensions.map((d) => plain(instrument.dimension_titles[d.dimension] ?? d.dimension)),
      series: [
        { name: plain(words.t('report.survey.expectation')), color: GREY, values: dimensions.map((d) => d.expectation) },
        { name: plain(words.t('report.survey.perception')), color: BLUE, values: dimensions.map((d) => d.perception) },
      ],
    },
  };
}

/**
 * The score week by week. NPS carries its margin only where a week has enough answers; a week
 * resting on fewer is drawn grey, and a week with none has no point at all.
 */
export function trendChart(instrument: InstrumentReport, weeks: readonly TrendWeek[], words: Messages): Block {
  const kind = instrument.overall.kind as 'nps' | 'csat' | 'ces';
  const scale = { min: instrument.scale?.min ?? 1, max: instrument.scale?.max ?? 7 };
  const axis =
    kind === 'nps'
      ? { format: 'points' as const, domain: [-100, 100] as const, axisTitle: 'NPS' }
      : kind === 'csat'
        ? { format: 'rate' as const, domain: [0, 1] as const, axisTitle: plain(words.t('report.survey.top2')) }
        : { format: 'score' as const, domain: [scale.min, scale.max] as const, axisTitle: plain(words.t('report.survey.meanScore')) };
  return {
    kind: 'chart',
    key: `trend-${instrument.instrument}`,
    title: words.t(`report.survey.trendChart.${kind}`),
    plot: {
      type: 'trend',
      categories: weeks.map((week) => week.week),
      points: weeks.flatMap((week) => estimate(week.week, week.summary) ?? []),
      ...axis,
      ...basis(words),
    },
  };
}
