import { Parser } from 'csv-parse';
import { UserError } from '../../errors.js';

/** One record with the 1-based physical line it starts on. */
export interface CsvRecord {
  line: number;
  fields: string[];
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
 * Line breaks inside a record's quoted fields: the physical ones, and the CRLF pairs that
 * csv-parse's line counter counts twice (it counts the CR and the LF of a quoted CRLF apart).
 */
function lineBreaksInside(fields: string[]): { physical: number; countedTwice: number } {
  let physical = 0;
  let countedTwice = 0;
  for (const field of fields) {
    if (field.indexOf('\n') < 0 && field.indexOf('\r') < 0) continue;
    for (let i = 0; i < field.length; i++) {
      const code = field.charCodeAt(i);
      if (code === 10) physical++;
      else if (code === 13) {
        if (field.charCodeAt(i + 1) === 10) countedTwice++;
        else physical++;
      }
    }
  }
  return { physical, countedTwice };
}

/**
 * csv-parse's stream with the records caught as they are pushed, each with the line it started
 * on read from the parser's running count: no per-record info object or async step.
 */
class LineNumberedParser extends Parser {
  records: CsvRecord[] = [];
  private overCounted = 0;

  override push(record: unknown): boolean {
    if (record === null) return super.push(null);
    const fields = record as string[];
    const inside = lineBreaksInside(fields);
    this.overCounted += inside.countedTwice;
    this.records.push({ line: (this.info as { lines: number }).lines - this.overCounted - inside.physical, fields });
    return true;
  }
}

/**
 * Streams CSV/TSV records in batches, with the line each starts on. Ragged rows are passed on
 * as they are (the reader rejects them with their line); a broken quote fails the file.
 */
export async function* csvRecords(text: AsyncIterable<string | Buffer>, options: CsvRecordOptions): AsyncGenerator<CsvRecord[]> {
  const batchSize = options.batchSize ?? 2000;
  let parser: LineNumberedParser | undefined;
  let failure: unknown;
  const fail = (error: unknown): never => {
    const parseError = error as { code?: string; lines?: number; message: string };
    if (parseError.code?.startsWith('CSV_')) {
      throw new UserError(`${options.label}:${parseError.lines ?? '?'}: not valid CSV: ${parseError.message.replace(/^Invalid /, 'invalid ')}`, 'check the quoting on that line');
    }
    throw error;
  };
  const drain = function* (all: boolean): Generator<CsvRecord[]> {
    const records = parser!.records;
    let at = 0;
    while (records.length - at >= batchSize || (all && at < records.length)) {
      yield records.slice(at, at + batchSize);
      at += batchSize;
    }
    parser!.records = records.slice(at);
  };
  for await (const chunk of text) {
    if (!parser) {
      const first = String(chunk);
      const delimiter = options.delimiter ?? detectDelimiter(first.split(/\r?\n/, 1)[0] ?? '');
      parser = new LineNumberedParser({ delimiter, relax_column_count: true, skip_empty_lines: true, bom: true });
      parser.on('error', (error) => (failure = error));
    }
    parser.write(chunk);
    if (failure) fail(failure);
    yield* drain(false);
  }
  if (!parser) return;
  const finished = new Promise<void>((resolve) => {
    parser!.once('finish', resolve);
    parser!.once('error', resolve);
  });
  parser.end();
  await finished;
  if (failure) fail(failure);
  yield* drain(true);
}
