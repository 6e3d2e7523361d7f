import { reliability, type Reliability } from './alpha.js';
import { itemsOfDimension, scoredValue, type Instrument } from './instrument.js';
import { npsSummary, type NpsSummary } from './nps.js';
import { MIN_ANSWERS, tooFewAnswers } from './sample-size.js';
import { mean, ratingSummary, type RatingSummary } from './scale-summary.js';
import { servqualKey } from './servqual.js';
import { servqualSummary, type Answers, type ServqualSummary } from './servqual-gaps.js';

export interface CustomSummary {
  n: number;
  /**
   * Means of the answers as given: never mirrored, so a reverse-scored item's mean reads on its
   * own wording (`mirrored` says so; its dimension counts it mirrored).
   */
  items: { item: string; n: number; mean: number | null; reverse_scored: boolean; mirrored: false }[];
  /** Means over respondents of each respondent's mean of the dimension's scored items. */
  dimensions: { dimension: string; n: number; mean: number | null }[];
}

export type Summary =
  | ({ kind: 'nps' } & NpsSummary)
  | ({ kind: 'csat' } & RatingSummary)
  | ({ kind: 'ces' } & Omit<RatingSummary, 'top2_share'>)
  | ({ kind: 'servqual' } & ServqualSummary)
  | ({ kind: 'custom' } & CustomSummary);

export function summarise(instrument: Instrument, responses: readonly Answers[]): Summary {
  const values = (key: string) => responses.flatMap((answers) => (answers.has(key) ? [answers.get(key) as number] : []));
  switch (instrument.kind) {
    case 'nps':
      return { kind: 'nps', ...npsSummary(values('nps')) };
    case 'csat':
      return { kind: 'csat', ...ratingSummary(values('csat'), instrument.items[0]?.scale.max ?? 5) };
    case 'ces': {
      const answered = values('ces');
      return { kind: 'ces', n: answered.length, too_few_answers: tooFewAnswers(answered.length), mean: mean(answered) };
    }
    case 'servqual':
      return { kind: 'servqual', ...servqualSummary(instrument, responses) };
    case 'custom':
      return { kind: 'custom', ...customSummary(instrument, responses) };
  }
}

function customSummary(instrument: Instrument, responses: readonly Answers[]): CustomSummary {
  const items = instrument.items.map((item) => {
    const answered = responses.flatMap((answers) => (answers.has(item.id) ? [answers.get(item.id) as number] : []));
    return { item: item.id, n: answered.length, mean: mean(answered), reverse_scored: item.reverse, mirrored: false as const };
  });
  const dimensions = instrument.dimensions.map((dimension) => {
    const perRespondent = responses.flatMap((answers) => {
      const scored = itemsOfDimension(instrument, dimension.id).flatMap((item) => (answers.has(item.id) ? [scoredValue(item, answers.get(item.id) as number)] : []));
      const value = mean(scored);
      return value === null ? [] : [value];
    });
    return { dimension: dimension.id, n: perRespondent.length, mean: mean(perRespondent) };
  });
  return { n: responses.length, items, dimensions };
}

/**
 * Alpha of every dimension with two items or more, over the respondents who answered all of
 * them. SERVQUAL's are taken on the item gaps P − E, as in the instrument's original study;
 * a custom instrument's on the scored answers (reverse-scored items mirrored first).
 */
export function reliabilities(instrument: Instrument, responses: readonly Answers[]): Reliability[] {
  return instrument.dimensions.flatMap((dimension) => {
    const items = itemsOfDimension(instrument, dimension.id);
    if (items.length < 2) return [];
    const rows = responses.flatMap((answers) => {
      const row: number[] = [];
      for (const item of items) {
        if (instrument.kind === 'servqual') {
          const expectation = answers.get(servqualKey('E', item.id));
          const perception = answers.get(servqualKey('P', item.id));
          if (expectation === undefined || perception === undefined) return [];
          row.push(perception - expectation);
        } else {
          const answer = answers.get(item.id);
          if (answer === undefined) return [];
          row.push(scoredValue(item, answer));
        }
      }
      return [row];
    });
    return [reliability(dimension.id, items.map((item) => item.id), rows)];
  });
}

/** An alpha below this suggests the items do not measure one thing (Nunnally's usual floor). */
export const ALPHA_FLOOR = 0.7;

export interface ReliabilityFlag {
  dimension: string;
  /** low: alpha below ALPHA_FLOOR; rough: fewer than MIN_ANSWERS complete responses. */
  kind: 'low' | 'rough';
  alpha: number | null;
  n: number;
}

/** The advice that goes with an alpha: below 0.7 the items may not measure one thing; under 30 rows it is unstable. */
export function reliabilityFlags(results: readonly Reliability[]): ReliabilityFlag[] {
  return results.flatMap((result) => {
    const flags: ReliabilityFlag[] = [];
    if (result.alpha !== null && result.alpha < ALPHA_FLOOR) flags.push({ dimension: result.dimension, kind: 'low', alpha: result.alpha, n: result.n });
    if (result.n < MIN_ANSWERS) flags.push({ dimension: result.dimension, kind: 'rough', alpha: result.alpha, n: result.n });
    return flags;
  });
}

/** The flags in English, as the JSON report carries them. */
export function reliabilityWarnings(instrument: Instrument, results: readonly Reliability[]): string[] {
  return reliabilityFlags(results).map((flag) => {
    const name = `${instrument.id} ${flag.dimension}`;
    return flag.kind === 'low'
      ? `Cronbach's alpha of ${name} is ${(flag.alpha ?? 0).toFixed(2)}, below ${ALPHA_FLOOR}: its items may not measure one thing`
      : `Cronbach's alpha of ${name} rests on ${flag.n} complete response${flag.n === 1 ? '' : 's'} (fewer than ${MIN_ANSWERS}): treat it as rough`;
  });
}
