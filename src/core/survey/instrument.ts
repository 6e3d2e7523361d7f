import type { LocalText } from './lang.js';

export type InstrumentKind = 'csat' | 'nps' | 'ces' | 'servqual' | 'custom';

/** A closed range of whole numbers, with words for its two ends. */
export interface Scale {
  min: number;
  max: number;
  low?: LocalText;
  high?: LocalText;
}

export interface Dimension {
  id: string;
  title: LocalText;
}

export interface Item {
  id: string;
  text: LocalText;
  scale: Scale;
  dimension?: string;
  /** Agreement with it means the opposite of the dimension: scored as min + max − answer. */
  reverse: boolean;
  optional: boolean;
}

export interface Instrument {
  id: string;
  kind: InstrumentKind;
  title: LocalText;
  dimensions: Dimension[];
  items: Item[];
  builtin: boolean;
}

/** The value an answer counts for in its dimension: reverse-scored items are mirrored. */
export function scoredValue(item: Item, answer: number): number {
  return item.reverse ? item.scale.min + item.scale.max - answer : answer;
}

export function itemsOfDimension(instrument: Instrument, dimension: string): Item[] {
  return instrument.items.filter((item) => item.dimension === dimension);
}
