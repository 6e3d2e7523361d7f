import { createHash } from 'node:crypto';
import type { NormalisedCall, Outcome } from '../../core/call.js';
import { parseDuration } from '../../core/parse/duration.js';
import { FieldProblem } from '../../core/parse/field-problem.js';
import { inferDateOrder, parseTimestamp, type DateOrder } from '../../core/parse/timestamp.js';
import type { ColumnMap, GenericField } from './generic-columns.js';
import { outcomeFromWord, yesNo } from './outcome-words.js';
import { RowOccurrences } from './row-occurrences.js';
import { afterMidnight, datePart, isTimeOfDay } from './time-of-day.js';
import type { ReaderOptions } from './reader.js';

export const NOT_A_CALL_LOG_HINT =
  'expected a header row with at least an arrival time and whether each call was answered (e.g. call id, start time or date + time, agent, queue, wait, talk, outcome or answered Y/N); name the columns with --map FIELD=COLUMN or choose a format with --format';

/** Reads one record of a header-mapped call log; throws FieldProblem (with the field) on a bad value. */
export class GenericRowReader {
  private readonly occurrences = new RowOccurrences();

  constructor(
    private readonly columns: ColumnMap,
    private readonly header: string[],
    private readonly zone: ReaderOptions['zone'],
    private readonly order: DateOrder,
  ) {}

  private text(fields: string[], field: GenericField): string {
    const index = this.columns[field];
    return index === undefined ? '' : (fields[index] ?? '').trim();
  }

  private field<T>(field: GenericField, read: () => T): T {
    try {
      return read();
    } catch (error) {
      if (error instanceof FieldProblem) throw new RowProblem(this.columnName(field), error.message);
      throw error;
    }
  }

  private columnName(field: GenericField): string {
    const index = this.columns[field];
    return index === undefined ? field : (this.header[index] ?? field);
  }

  /** A time column; a time of day alone (`8:00:00 AM`) is on the row's date, after `follows` (rolling over midnight). */
  private time(fields: string[], field: GenericField, follows: number): number | null {
    const value = this.text(fields, field);
    if (value === '') return null;
    if (!isTimeOfDay(value)) return this.field(field, () => parseTimestamp(value, this.zone, this.order));
    const date = this.columns.date !== undefined ? this.text(fields, 'date') : datePart(this.text(fields, 'arrival'));
    return afterMidnight(this.field(field, () => parseTimestamp(`${date} ${value}`, this.zone, this.order)), follows);
  }

  private duration(fields: string[], field: GenericField): number | null {
    return this.field(field, () => parseDuration(this.text(fields, field)));
  }

  call(fields: string[]): NormalisedCall {
    const arrivalAt = this.arrival(fields);
    const answerAt = this.time(fields, 'answer_time', arrivalAt);
    const endAt = this.time(fields, 'end_time', answerAt ?? arrivalAt);
    if (answerAt !== null && answerAt < arrivalAt) throw new RowProblem(this.columnName('answer_time'), 'the call is answered before it arrives');
    if (endAt !== null && endAt < (answerAt ?? arrivalAt)) throw new RowProblem(this.columnName('end_time'), `the call ends before it ${answerAt === null ? 'arrives' : 'is answered'}`);
    // A log of timestamps alone still gives the wait and the talk.
    const waitS = this.duration(fields, 'wait') ?? (answerAt === null ? null : answerAt - arrivalAt);
    const talkS = this.duration(fields, 'talk') ?? (answerAt === null || endAt === null ? null : endAt - answerAt);
    const outcome = this.outcome(fields, answerAt, talkS);
    const resolved = this.flag(fields, 'resolved');
    return {
      sourceKey: this.text(fields, 'call_id') || this.occurrences.key(rowHash(fields), arrivalAt),
      queue: this.text(fields, 'queue') || null,
      agent: this.text(fields, 'agent') || null,
      customer: this.text(fields, 'customer') || null,
      arrivalAt,
      answerAt,
      endAt,
      waitS,
      talkS,
      holdS: this.duration(fields, 'hold'),
      wrapS: this.duration(fields, 'wrap'),
      outcome,
      ending: this.text(fields, 'outcome') || null,
      resolved: resolved === null ? null : resolved ? 1 : 0,
      csat: this.csat(fields),
    };
  }

  private arrival(fields: string[]): number {
    const whole = this.text(fields, 'arrival');
    const field: GenericField = this.columns.arrival !== undefined ? 'arrival' : 'date';
    // An arrival column holding only a time of day (`8:00:00 AM`) is read on the date column's day.
    const onDate = this.columns.arrival === undefined || (this.columns.date !== undefined && isTimeOfDay(whole));
    const value = onDate ? `${this.text(fields, 'date')} ${this.columns.arrival === undefined ? this.text(fields, 'time') : whole}`.trim() : whole;
    if (value === '') throw new RowProblem(this.columnName(field), 'missing arrival time');
    return this.field(field, () => parseTimestamp(value, this.zone, this.order));
  }

  private outcome(fields: string[], answerAt: number | null, talkS: number | null): Outcome {
    const word = this.text(fields, 'outcome');
    if (this.columns.outcome !== undefined && word !== '') {
      const outcome = outcomeFromWord(word);
      if (!outcome) throw new RowProblem(this.columnName('outcome'), `unknown outcome "${word}" (see the outcome words in docs/importing.md)`);
      return outcome;
    }
    const answered = this.flag(fields, 'answered');
    if (answered !== null) return answered ? 'answered' : 'abandoned';
    // Someone answered at that time, whatever the talk time says (0 s when the call was cut at once).
    if (answerAt !== null) return 'answered';
    if (this.columns.outcome !== undefined || this.columns.answered !== undefined) {
      throw new RowProblem(this.columnName(this.columns.outcome !== undefined ? 'outcome' : 'answered'), 'missing outcome');
    }
    return answerAt !== null || (talkS ?? 0) > 0 ? 'answered' : 'abandoned';
  }

  private flag(fields: string[], field: 'answered' | 'resolved'): boolean | null {
    const value = this.text(fields, field);
    if (value === '') return null;
    const flag = yesNo(value);
    if (flag === undefined) throw new RowProblem(this.columnName(field), `"${value}" is not yes/no (Y/N, 1/0, true/false)`);
    return flag;
  }

  private csat(fields: string[]): number | null {
    const value = this.text(fields, 'csat');
    if (value === '') return null;
    const score = Number(value);
    if (!Number.isInteger(score) || score < 1 || score > 5) throw new RowProblem(this.columnName('csat'), `"${value}" is not a satisfaction score 1–5`);
    return score;
  }
}

/** A rejected row's field (the column as the file names it) and reason. */
export class RowProblem extends Error {
  override name = 'RowProblem';
  constructor(
    readonly field: string,
    reason: string,
  ) {
    super(reason);
  }
}

/** A stable key for a row without a call id: the same values give the same key whatever the quoting or line ends. */
function rowHash(fields: string[]): string {
  return `row:${createHash('sha1').update(fields.map((field) => field.trim()).join('\u001f')).digest('base64url')}`;
}

/** --date-format wins; else the first rows decide, and an undecidable sample is read day-first, said once. */
export function chooseDateOrder(records: string[][], columns: ColumnMap, options: ReaderOptions): DateOrder {
  if (options.dateFormat) return options.dateFormat as DateOrder;
  // Both columns: an arrival column may hold only a time of day beside the date column.
  const indexes = [columns.arrival, columns.date].filter((index) => index !== undefined);
  if (indexes.length === 0) return 'dmy';
  const guess = inferDateOrder(records.flatMap((fields) => indexes.map((index) => fields[index] ?? '')));
  if (!guess.certain && guess.example) {
    options.notice(`${options.label}: dates such as ${guess.example} read day-first (DD/MM/YYYY); use --date-format mdy if they are month-first`);
  } else if (guess.certain && guess.order === 'mdy') {
    options.notice(`${options.label}: dates read month-first (MM/DD/YYYY), as the file shows`);
  }
  return guess.order;
}
