import { CallPacker } from '../../core/import/call-packer.js';
import { UserError } from '../../errors.js';
import type { CsvRecord } from './csv-records.js';
import { malformedRecord } from './csv-records.js';
import { LONGEST_RECORD_CHARS } from './csv-tokenizer.js';
import { CallIdRepeats } from './call-id-repeats.js';
import { mapColumns, missingCallColumns } from './generic-columns.js';
import { PlainLineCalls } from './plain-line-calls.js';
import type { ReadItem, ReaderOptions } from './reader.js';
import { chooseDateOrder, GenericRowReader, NOT_A_CALL_LOG_HINT, RowProblem } from './generic-row.js';

/** Records read before the date order is decided: it is guessed from the first of them. */
export const FIRST_RECORDS = 2000;

/**
 * The rows of a generic call log, in file order, into items: a quote-free line is read in place
 * by PlainLineCalls when it can be, every other record (and every line it cannot read) by
 * GenericRowReader, which words the rejects. Calls from both go into one packer, in file order.
 */
export class GenericLines {
  private header: string[] = [];
  private rows: GenericRowReader | undefined;
  private plain: PlainLineCalls | undefined;
  private callIdColumn: number | undefined;
  private readonly repeats = new CallIdRepeats();
  private items: ReadItem[] = [];
  private readonly packer = new CallPacker(2 * FIRST_RECORDS);

  constructor(
    private readonly options: ReaderOptions,
    private readonly delimiter: string,
  ) {}

  get started(): boolean {
    return this.rows !== undefined;
  }

  /** Items and calls held, to be taken as a batch. */
  get held(): number {
    return this.items.length + this.packer.count;
  }

  /** Reads the header and decides the date order from the records after it; then reads those records. */
  start(first: CsvRecord[]): void {
    const head = first[0]!;
    const { options } = this;
    if (head.problem) throw new UserError(`${options.label}:${head.line}: the header row is not valid CSV: ${head.problem}`, 'check the quoting on that line');
    this.header = head.fields;
    this.items.push({ kind: 'header', fields: this.header });
    const columns = mapColumns(this.header, options.map, options.label);
    const missing = missingCallColumns(columns);
    if (missing) throw new UserError(`${options.label} is not a call log: ${missing}`, NOT_A_CALL_LOG_HINT);
    const sample = first.slice(1, FIRST_RECORDS).map((record) => record.fields);
    this.rows = new GenericRowReader(columns, this.header, options.zone, chooseDateOrder(sample, columns, options));
    this.plain = new PlainLineCalls(columns, this.header.length, this.delimiter.charCodeAt(0), options.zone);
    this.callIdColumn = columns.call_id;
    for (let i = 1; i < first.length; i++) this.record(first[i]!);
  }

  /** Looks again at today's date for the plausible times, once per piece of text. */
  refreshToday(): void {
    this.plain?.refreshToday();
  }

  /** Reads the records in `records` and empties it. */
  records(records: CsvRecord[]): void {
    for (const record of records) this.record(record);
    records.length = 0;
  }

  /** A quote-free line, read in place when it has the common shapes. */
  line(text: string, start: number, end: number, line: number): void {
    const callId = this.plain!.read(text, start, end, this.packer);
    if (callId !== undefined) {
      this.repeats.add(callId);
      return;
    }
    this.record({ line, fields: text.slice(start, end).split(this.delimiter) });
  }

  record(record: CsvRecord): void {
    const items = this.items;
    if (record.tooLong) {
      items.push({ kind: 'reject', line: record.line, field: '(row)', reason: `longer than ${LONGEST_RECORD_CHARS.toLocaleString('en-US')} characters, the most a row may hold (its fields are not kept)`, raw: [] });
      return;
    }
    if (record.problem) {
      items.push(malformedRecord(record));
      return;
    }
    if (record.fields.length !== this.header.length) {
      items.push({ kind: 'reject', line: record.line, field: '(row)', reason: `expected ${this.header.length} fields, found ${record.fields.length}`, raw: record.fields });
      return;
    }
    if (this.callIdColumn !== undefined) this.repeats.add(record.fields[this.callIdColumn]!.trim());
    try {
      this.packer.add(this.rows!.call(record.fields));
    } catch (error) {
      if (!(error instanceof RowProblem)) throw error;
      items.push({ kind: 'reject', line: record.line, field: error.field, reason: error.message, raw: record.fields });
    }
  }

  /** The items held, the calls as one packed item after the others. */
  take(): ReadItem[] {
    const items = this.items;
    this.items = [];
    if (this.packer.count > 0) items.push({ kind: 'calls', calls: this.packer.take() });
    return items;
  }

  /** The warning about repeated call ids, said once at the end. */
  finish(): void {
    const warning = this.repeats.warning(this.options.label, LEGS_HINT);
    if (warning) this.options.notice(warning);
  }
}

const LEGS_HINT = 'A CDR export is read with --format asterisk-cdr, which makes one call of each call id\'s legs (see docs/formats.md).';
