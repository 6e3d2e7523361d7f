/**
 * One small document model for every result: a view function builds it, one renderer per format
 * writes it. Values stay raw numbers here; each renderer formats them once, by their type.
 */
import type { Plot } from './plot/plot.js';

/** `points` are read to a tenth (NPS from −100 to 100, importance points); `score` to a hundredth (a mean on a 1–7 scale). */
export type ValueType = 'count' | 'rate' | 'duration' | 'score' | 'points' | 'hours' | 'time' | 'text' | 'change' | 'status' | 'trend';

/** Which way is better for a KPI: up (service level), down (abandon rate), or neither (offered). */
export type Direction = 'up' | 'down' | 'none';

/** A trend is the values of the last periods, oldest first. */
export type Plain = string | number | boolean | null | undefined | readonly (number | null)[];

export interface Typed {
  type: ValueType;
  /** For `change` values: the unit of what changed and which way is better. */
  of?: Exclude<ValueType, 'change' | 'status' | 'trend'>;
  direction?: Direction;
}

/** A cell whose type is its own, not its column's: a KPI table mixes rates, counts and durations. */
export interface TypedCell extends Typed {
  value: Plain;
}

export type Value = Plain | TypedCell;

export function isTypedCell(value: Value): value is TypedCell {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The type a cell is rendered by, and its bare value. */
export function cellOf(column: Typed, value: Value): { typed: Typed; value: Plain } {
  return isTypedCell(value) ? { typed: value, value: value.value } : { typed: column, value };
}

export interface Column extends Typed {
  key: string;
  label: string;
}

export interface Entry extends Typed {
  key: string;
  label: string;
  value: Plain;
}

/** `people` blocks are for table, md and html; `data` blocks for csv and json; `all` for both. */
export type Audience = 'people' | 'data' | 'all';

export type Block =
  | { kind: 'heading'; text: string; level?: 1 | 2 }
  | { kind: 'paragraph'; text: string }
  | { kind: 'note'; text: string }
  | { kind: 'keyValue'; title?: string; entries: Entry[] }
  | { kind: 'table'; key: string; title?: string; columns: Column[]; rows: Record<string, Value>[]; empty?: string; audience?: Audience }
  | { kind: 'list'; title: string; items: string[] }
  /** A chart: what it shows, drawn to inline SVG by the html renderer (the other formats leave it out). */
  | { kind: 'chart'; key: string; title: string; plot: Plot };

export type TableBlock = Extract<Block, { kind: 'table' }>;

export interface Document {
  title: string;
  /** The language people's text is in (html's lang attribute); English when not said. */
  lang?: string;
  blocks: Block[];
  /** The JSON document, when the result has an agreed shape of its own; else json is built from the data tables. */
  json?: unknown;
}

export function forPeople(block: Block): boolean {
  return block.kind !== 'table' || block.audience !== 'data';
}

export function forData(block: Block): block is TableBlock {
  return block.kind === 'table' && block.audience !== 'people';
}
