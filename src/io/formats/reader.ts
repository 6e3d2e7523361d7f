import type { Readable } from 'node:stream';
import type { NormalisedCall } from '../../core/call.js';
import type { Zone } from '../../core/time/zone.js';
import type { PackedCalls } from '../../core/import/call-packer.js';

/** What a reader yields, in batches, in file order. `line` is the 1-based physical line where the record starts. */
export type ReadItem =
  /** The file's own column names, when it has them: the rejects file repeats them. */
  | { kind: 'header'; fields: string[] }
  | { kind: 'call'; line: number; call: NormalisedCall }
  /** Calls read straight into flat arrays, in file order. */
  | { kind: 'calls'; calls: PackedCalls }
  /** A bad record: kept out of the store, reported as file:line with the field and reason. */
  | { kind: 'reject'; line: number; field?: string; reason: string; raw: string[] }
  /** A record that is not a call for the KPIs (e.g. a caller who never left the voice menu); counted, not stored. */
  | { kind: 'skip'; line: number; reason: string }
  /** Records folded into a call counted elsewhere: a call's other legs, a queue_log call's other events. */
  | { kind: 'merged'; line: number; count: number }
  /**
   * The change in calls held open for the next import (queue_log): those this read leaves open
   * less those it took over from earlier imports, so that every record is accounted for.
   */
  | { kind: 'carried'; count: number };

/**
 * State a reader carries from one import to the next (e.g. a queue_log call whose end is in
 * tomorrow's file). The import persists it in the same transaction as the calls.
 */
export interface Carry {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
  delete(key: string): void;
  keys(): string[];
}

export interface ReaderOptions {
  /** How the file is named in messages: its path as given, or `-`. */
  label: string;
  /** Zone of timestamps that carry no offset (`--tz`, default the store's). */
  zone: Zone;
  /** `--date-format`: how to read ambiguous numeric dates. */
  dateFormat?: string;
  /** `--map FIELD=COLUMN` overrides. */
  map: Record<string, string>;
  /** `--columns a,b,c` for header-less layouts. */
  columns?: string[];
  /** `--sheet NAME` for workbooks. */
  sheet?: string;
  /** Notes for the user (e.g. which date order was assumed); printed on stderr once. */
  notice(message: string): void;
  carry: Carry;
}

export interface FormatInput {
  /** The file's path, or null for standard input. */
  path: string | null;
  /** The decoded text (after --encoding and BOM removal), streamed. */
  text(): Readable;
  /** The raw bytes, streamed (for binary formats such as xlsx). */
  bytes(): Readable;
}

export interface FormatReader {
  name: string;
  description: string;
  /**
   * How well a file fits, from its first bytes decoded as text (at most 64 KiB) and its name:
   * 0 = not this format, 1 = certainly this format. The highest score wins auto-detection.
   */
  detect(sample: string, fileName: string | null): number;
  read(input: FormatInput, options: ReaderOptions): AsyncIterable<ReadItem[]>;
}
