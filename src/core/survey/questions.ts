import { UserError } from '../../errors.js';
import type { Instrument, Item } from './instrument.js';
import { SERVQUAL_PARTS, servqualKey, type ServqualPart } from './servqual.js';

/** One thing a respondent is asked: an item, or for SERVQUAL an item in one of its two parts. */
export interface Question {
  /** How the answer is stored: the item id, or 'E:rel1' / 'P:rel1' for SERVQUAL. */
  key: string;
  /** Where a respondent's answer sits in an answers file, e.g. answers.nps or perceptions.rel1. */
  path: string;
  item: Item;
  part?: ServqualPart;
}

export function questionsOf(instrument: Instrument): Question[] {
  if (instrument.kind !== 'servqual') return instrument.items.map((item) => ({ key: item.id, path: `answers.${item.id}`, item }));
  return (['E', 'P'] as const).flatMap((part) =>
    instrument.items.map((item) => ({ key: servqualKey(part, item.id), path: `${SERVQUAL_PARTS[part].answers}.${item.id}`, item, part })),
  );
}

/** Why an answer does not fit its item's scale, or undefined when it does. */
export function answerProblem(item: Item, value: number): string | undefined {
  if (!Number.isInteger(value) || value < item.scale.min || value > item.scale.max) {
    return `${value} is not a whole number from ${item.scale.min} to ${item.scale.max}`;
  }
  return undefined;
}

export function assertAnswer(item: Item, value: number, where: string): number {
  const problem = answerProblem(item, value);
  if (problem) throw new UserError(`${where}: ${problem}`);
  return value;
}
