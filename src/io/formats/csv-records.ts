import { StringDecoder } from 'node:string_decoder';
import { CsvTokenizer } from './csv-tokenizer.js';
import type { ReadItem } from './reader.js';

/** One record with the 1-based physical line it starts on. */
export interface CsvRecord {
  line: number;
  fields: string[];
  /** Why the record is not valid CSV (bad quoting); its fields are then its raw text, in one. */
  problem?: string;
}

export interface CsvRecordOptions {
  /** How the file is named in messages. */
  label: string;
  /** Detected from the first line when not given. */
  delimiter?: string;
  /** Records per batch (default 2,000). */
  batchSize?: number;
}

const CANDIDATE_DELIMITERS = [',', ';', '\t', '|'];

/** The separator used most often outside quotes on the first line. */
export function detectDelimiter(firstLine: string): string {
  let best = ',';
  let bestCount = 0;
  for (const candidate of CANDIDATE_DELIMITERS) {
    let count = 0;
    let quoted = false;
    for (const char of firstLine) {
      if (char === '"') quoted = !quoted;
      else if (!quoted && char === candidate) count++;
    }
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Streams CSV/TSV records in batches, with the line each starts on. Ragged rows are passed on
 * as they are, and a record with broken quoting with its problem: the reader rejects them with
 * their line and goes on.
 */
export async function* csvRecords(text: AsyncIterable<string | Buffer>, options: CsvRecordOptions): AsyncGenerator<CsvRecord[]> {
  const batchSize = options.batchSize ?? 2000;
  let tokenizer: CsvTokenizer | undefined;
  let records: CsvRecord[] = [];
  const decoder = new StringDecoder('utf8');
  function* drain(all: boolean): Generator<CsvRecord[]> {
    let at = 0;
    while (records.length - at >= batchSize || (all && at < records.length)) {
      yield records.slice(at, at + batchSize);
      at += batchSize;
    }
    records = records.slice(at);
  }
  for await (const chunk of text) {
    const piece = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (!tokenizer) {
      if (piece === '') continue;
      tokenizer = new CsvTokenizer(options.delimiter ?? detectDelimiter(piece.replace(/^\ufeff/, '').split(/\r?\n/, 1)[0] ?? ''));
    }
    tokenizer.write(piece, records);
    yield* drain(false);
  }
  if (!tokenizer) return;
  const rest = decoder.end();
  if (rest) tokenizer.write(rest, records);
  tokenizer.end(records);
  yield* drain(true);
}

/** A record whose quoting is broken: rejected with its line, and the file goes on. */
export function malformedRecord(record: CsvRecord): Extract<ReadItem, { kind: 'reject' }> {
  return { kind: 'reject', line: record.line, field: '(row)', reason: `not valid CSV: ${record.problem}`, raw: record.fields };
}
