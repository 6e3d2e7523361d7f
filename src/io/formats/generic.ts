import { StringDecoder } from 'node:string_decoder';
import { detectDelimiter, type CsvRecord } from './csv-records.js';
import { CsvTokenizer } from './csv-tokenizer.js';
import { mapColumns, missingCallColumns } from './generic-columns.js';
import { FIRST_RECORDS, GenericLines } from './generic-lines.js';
import type { FormatInput, FormatReader, ReadItem, ReaderOptions } from './reader.js';
import { refuseOptions } from './unused-options.js';

function firstLine(sample: string): string {
  return (sample.replace(/^\ufeff/, '').split(/\r?\n/, 1)[0] ?? '').trim();
}

export const genericReader: FormatReader = {
  name: 'generic',
  description: 'CSV or TSV with a header row; columns matched by name (call id, arrival, agent, queue, customer, wait, talk, outcome …) or --map',

  detect(sample) {
    const line = firstLine(sample);
    if (line === '') return 0;
    const header = splitHeader(line);
    const columns = mapColumns(header, {}, '');
    if (missingCallColumns(columns)) return 0;
    const matched = Object.keys(columns).length;
    return Math.min(0.9, 0.4 + matched * 0.05);
  },

  async *read(input: FormatInput, options: ReaderOptions): AsyncIterable<ReadItem[]> {
    refuseOptions(options, 'generic', ['sheet']);
    let tokenizer: CsvTokenizer | undefined;
    let lines: GenericLines | undefined;
    const records: CsvRecord[] = [];
    const decoder = new StringDecoder('utf8');
    // Until the date order is decided every line is a record; then quote-free lines are read in place.
    const plain = (text: string, start: number, end: number, line: number) => {
      if (records.length > 0) lines!.records(records);
      lines!.line(text, start, end, line);
    };
    const read = (piece: string, final: boolean) => {
      if (lines?.started) {
        lines.refreshToday();
        if (final) tokenizer!.end(records, plain);
        else tokenizer!.write(piece, records, plain);
        lines.records(records);
        return;
      }
      if (final) tokenizer!.end(records);
      else tokenizer!.write(piece, records);
      if (records.length >= FIRST_RECORDS || (final && records.length > 0)) {
        lines!.start(records);
        records.length = 0;
      }
    };
    for await (const chunk of input.text() as AsyncIterable<string | Buffer>) {
      const piece = typeof chunk === 'string' ? chunk : decoder.write(chunk);
      if (!tokenizer) {
        if (piece === '') continue;
        const delimiter = detectDelimiter(piece.replace(/^\ufeff/, '').split(/\r?\n/, 1)[0] ?? '');
        tokenizer = new CsvTokenizer(delimiter);
        lines = new GenericLines(options, delimiter);
      }
      read(piece, false);
      if (lines!.held >= FIRST_RECORDS) yield lines!.take();
    }
    if (!tokenizer) return;
    const rest = decoder.end();
    if (rest) read(rest, false);
    read('', true);
    const items = lines!.take();
    if (items.length > 0) yield items;
    lines!.finish();
  },
};

function splitHeader(line: string): string[] {
  const delimiter = detectDelimiter(line);
  return line.split(delimiter).map((name) => name.replace(/^"|"$/g, ''));
}

