import type { InstrumentReport, TrendWeek } from '../../../core/survey/report.js';
import type { Summary } from '../../../core/survey/summary.js';
import type { Messages } from '../../../i18n/messages.js';
import type { Block } from '../document/model.js';
import { tooFew } from './survey-sample.js';

const WIDTH = 480;

/** Chart labels carry no bidi isolates: the SVG lays its text out itself. */
const plain = (text: string) => text.replace(/[\u2066-\u2069]/g, '');

/** NPS of each row of the groups table with its 95 % margin of error as a bar around it. */
export function npsChart(instrument: InstrumentReport, rows: readonly { label: string; summary: Summary }[], words: Messages): Block {
  const points = rows.flatMap(({ label, summary }) => {
    if (summary.kind !== 'nps' || summary.nps === null) return [];
    const margin = summary.margin_of_error ?? 0;
    return [{ group: plain(label), nps: summary.nps, low: summary.nps - margin, high: summary.nps + margin }];
  });
  const y = { field: 'group', type: 'nominal', title: null, sort: null };
  return {
    kind: 'chart',
    key: `nps-${instrument.instrument}`,
    title: words.t('report.survey.npsChart'),
    spec: {
      width: WIDTH,
      height: { step: 24 },
      data: { values: points },
      layer: [
        { mark: { type: 'rule', color: '#888' }, encoding: { y, x: { field: 'low', type: 'quantitative', title: 'NPS', scale: { domain: [-100, 100] } }, x2: { field: 'high' } } },
        { mark: { type: 'point', filled: true, size: 70, color: '#4575b4' }, encoding: { y, x: { field: 'nps', type: 'quantitative' } } },
      ],
    },
  };
}

/** Expectation against perception per SERVQUAL dimension. */
export function servqualChart(instrument: InstrumentReport, words: Messages): Block {
  const dimensions = instrument.overall.kind === 'servqual' ? instrument.overall.dimensions : [];
  const [expectation, perception] = [plain(words.t('report.survey.expectation')), plain(words.t('report.survey.perception'))];
  const values = dimensions.flatMap((d) => {
    const dimension = plain(instrument.dimension_titles[d.dimension] ?? d.dimension);
    return [
      { dimension, side: expectation, score: d.expectation },
      { dimension, side: perception, score: d.perception },
    ];
  });
  return {
    kind: 'chart',
    key: `servqual-${instrument.instrument}`,
    title: words.t('report.survey.servqualChart'),
    spec: {
      width: WIDTH,
      height: { step: 14 },
      data: { values },
      mark: 'bar',
      encoding: {
        y: { field: 'dimension', type: 'nominal', title: null, sort: null },
        yOffset: { field: 'side', type: 'nominal', sort: [expectation, perception] },
        x: { field: 'score', type: 'quantitative', title: plain(words.t('report.survey.meanScore')) },
        color: { field: 'side', type: 'nominal', title: null, sort: [expectation, perception], scale: { range: ['#999999', '#4575b4'] } },
      },
    },
  };
}

/**
 * The score week by week. NPS carries its margin only where a week has enough answers; a week
 * resting on fewer is drawn hollow and grey, and a week with none has no point at all.
 */
export function trendChart(instrument: InstrumentReport, weeks: readonly TrendWeek[], words: Messages): Block {
  const kind = instrument.overall.kind as 'nps' | 'csat' | 'ces';
  const [enough, few] = [plain(words.t('report.survey.enough')), plain(words.t('report.survey.tooFewCell'))];
  const values = weeks.flatMap((week) => {
    const { summary } = week;
    const score = summary.kind === 'nps' ? summary.nps : summary.kind === 'csat' ? summary.top2_share : 'mean' in summary ? summary.mean : null;
    if (score === null || score === undefined || summary.n === 0) return [];
    const margin = summary.kind === 'nps' && !tooFew(summary) ? (summary.margin_of_error ?? 0) : null;
    return [{ week: week.week, responses: summary.n, score, basis: tooFew(summary) ? few : enough, ...(margin === null ? {} : { low: score - margin, high: score + margin }) }];
  });
  const x = { field: 'week', type: 'ordinal', title: plain(words.t('report.survey.week')), axis: { labelAngle: 0 } };
  const y =
    kind === 'nps'
      ? { field: 'score', type: 'quantitative', title: 'NPS', scale: { domain: [-100, 100] } }
      : kind === 'csat'
        ? { field: 'score', type: 'quantitative', title: plain(words.t('report.survey.top2')), axis: { format: '.0%' }, scale: { domain: [0, 1] } }
        : { field: 'score', type: 'quantitative', title: plain(words.t('report.survey.meanScore')), scale: { domain: [instrument.scale?.min ?? 1, instrument.scale?.max ?? 7] } };
  const colour = { field: 'basis', type: 'nominal', title: null, scale: { domain: [enough, few], range: ['#4575b4', '#999999'] } };
  return {
    kind: 'chart',
    key: `trend-${instrument.instrument}`,
    title: words.t(`report.survey.trendChart.${kind}`),
    spec: {
      width: WIDTH,
      height: 200,
      data: { values },
      encoding: { x },
      layer: [
        { mark: { type: 'line', color: '#bbbbbb' }, encoding: { y } },
        ...(kind === 'nps' ? [{ transform: [{ filter: 'datum.low != null' }], mark: { type: 'rule', color: '#4575b4' }, encoding: { y: { field: 'low', type: 'quantitative' }, y2: { field: 'high' } } }] : []),
        { mark: { type: 'point', size: 70, filled: true }, encoding: { y, color: colour, tooltip: [{ field: 'week' }, { field: 'score' }, { field: 'responses' }] } },
      ],
    },
  };
}
