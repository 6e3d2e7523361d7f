import type { NormalisedCall } from '../../core/call.js';
import { FieldProblem } from '../../core/parse/field-problem.js';
import { plausibleDuration, plausibleInstant } from '../../core/parse/plausible.js';
import { dayFromIso } from '../../core/time/calendar.js';
import type { Zone } from '../../core/time/zone.js';
import { UserError } from '../../errors.js';
import type { FormatReader, ReadItem } from './reader.js';
import { textLines } from './text-lines.js';
import { refuseOptions } from './unused-options.js';

const BATCH = 2000;
const COLUMNS = ['vru+line', 'call_id', 'customer_id', 'type', 'date', 'vru_entry', 'vru_exit', 'q_start', 'q_exit', 'q_time', 'outcome', 'ser_start', 'ser_exit', 'ser_time', 'server'] as const;
type Column = (typeof COLUMNS)[number];
type SeeRecord = Record<Column, string>;

/** `0:00:00` stands for "did not happen" in this format. */
const NOT_HAPPENED = '0:00:00';
/** A time this far before vru_entry is after midnight, on the next day; less is the data's clock noise. */
const MIDNIGHT_GAP_S = 12 * 3600;

export const see: FormatReader = {
  name: 'see',
  description: 'Technion SEE-lab call-center data (tab-separated, vru+line … q_start … server), e.g. the Anonymous Bank',

  detect(sample) {
    const header = sample.split(/\r?\n/, 1)[0]!.split('\t');
    return COLUMNS.every((column) => header.includes(column)) ? 0.99 : 0;
  },

  async *read(input, options) {
    refuseOptions(options, 'see', ['map', 'columns', 'sheet']);
    let index: Map<Column, number> | undefined;
    // A header with a column twice puts the last needed column beyond the count of columns.
    let width = 0;
    let batch: ReadItem[] = [];
    for await (const { line, text } of textLines(input.text())) {
      const fields = text.split('\t');
      if (index === undefined) {
        index = headerIndex(fields, options.label);
        width = Math.max(...index.values()) + 1;
        batch.push({ kind: 'header', fields });
        continue;
      }
      if (text.trim() === '') continue;
      if (fields.length < width) {
        batch.push({ kind: 'reject', line, reason: `expected ${Math.min(width, Math.max(index.size, fields.length + 1))} tab-separated fields, found ${fields.length}`, raw: fields });
      } else {
        const record = Object.fromEntries([...index].map(([column, at]) => [column, fields[at]!.trim()])) as SeeRecord;
        batch.push(seeItem(record, line, fields, options.zone));
      }
      if (batch.length >= BATCH) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  },
};

function headerIndex(header: string[], label: string): Map<Column, number> {
  const names = header.map((name) => name.trim());
  const missing = COLUMNS.filter((column) => !names.includes(column));
  if (missing.length > 0) throw new UserError(`${label}:1: the SEE header has no ${missing.join(', ')} column`, 'use --format to name the right format');
  return new Map(COLUMNS.map((column) => [column, names.indexOf(column)]));
}

class BadField extends Error {
  constructor(
    readonly field: Column,
    reason: string,
  ) {
    super(reason);
  }
}

/** One SEE record as a call, a skip (PHANTOM, hung up in the voice menu) or a reject. */
export function seeItem(record: SeeRecord, line: number, raw: string[], zone: Zone): ReadItem {
  try {
    const call = seeCall(record, zone);
    return typeof call === 'string' ? { kind: 'skip', line, reason: call } : { kind: 'call', line, call };
  } catch (error) {
    if (error instanceof BadField) return { kind: 'reject', line, field: error.field, reason: error.message, raw };
    throw error;
  }
}

function seeCall(record: SeeRecord, zone: Zone): NormalisedCall | string {
  const outcome = record.outcome;
  if (outcome === 'PHANTOM') return 'PHANTOM record (not a real call)';
  if (outcome !== 'AGENT' && outcome !== 'HANG') throw new BadField('outcome', `"${outcome}" is not AGENT, HANG or PHANTOM`);
  const day = recordDay(record.date);
  const entry = clock(record, 'vru_entry');
  if (entry === null) throw new BadField('vru_entry', 'empty');
  // Times after midnight belong to the next day.
  const onDay = (seconds: number | null) => (seconds === null ? null : seconds < entry - MIDNIGHT_GAP_S ? seconds + 86400 : seconds);
  const queueWait = count(record, 'q_time');
  const queueExit = onDay(clock(record, 'q_exit'));
  // A queue entered at exactly midnight reads 0:00:00 like "never": q_exit and q_time tell them apart.
  const queueStart = onDay(clock(record, 'q_start')) ?? (queueExit !== null ? onDay(positive(queueExit - queueWait)) : null);
  const queued = queueStart !== null;
  if (outcome === 'HANG' && !queued) return 'hung up in the voice menu before reaching the queue';
  const serviceStart = onDay(clock(record, 'ser_start'));
  const arrival = queueStart ?? serviceStart ?? onDay(clock(record, 'vru_exit')) ?? entry;
  const instant = (seconds: number) => zone.utcFromWall(day * 86400 + seconds);
  const arrivalAt = asBadField('date', () => plausibleInstant(instant(arrival), record.date));
  const customer = record.customer_id === '' || /^0+$/.test(record.customer_id) ? null : record.customer_id;
  const common = {
    sourceKey: `see:${record.date}:${record['vru+line']}:${record.call_id}`,
    queue: record.type === '' ? null : record.type,
    customer,
    arrivalAt,
    waitS: queueWait,
    holdS: null,
    wrapS: null,
    ending: outcome,
    resolved: null,
    csat: null,
  };
  if (outcome === 'HANG') {
    return { ...common, agent: null, answerAt: null, endAt: queueExit === null ? null : instant(queueExit), talkS: null, outcome: 'abandoned' };
  }
  const serviceExit = onDay(clock(record, 'ser_exit'));
  return {
    ...common,
    agent: record.server === '' || record.server === 'NO_SERVER' ? null : record.server,
    answerAt: serviceStart === null ? arrivalAt + queueWait : instant(serviceStart),
    endAt: serviceExit === null ? null : instant(serviceExit),
    talkS: count(record, 'ser_time'),
    outcome: 'answered',
  };
}

/** `990201` → the day number of 1999-02-01 (two-digit years from 70 are 19xx). */
function recordDay(text: string): number {
  const match = /^(\d\d)(\d\d)(\d\d)$/.exec(text);
  const year = match ? (Number(match[1]) >= 70 ? 1900 : 2000) + Number(match[1]) : NaN;
  const iso = match ? `${year}-${match[2]}-${match[3]}` : '';
  const day = dayFromIso(iso);
  if (!match || !Number.isFinite(day) || new Date(day * 86_400_000).toISOString().slice(0, 10) !== iso) {
    throw new BadField('date', `"${text}" is not YYMMDD`);
  }
  return day;
}

/** Seconds since the record's midnight, or null for `0:00:00` (did not happen). */
function clock(record: SeeRecord, column: Column): number | null {
  const text = record[column];
  if (text === NOT_HAPPENED || text === '') return null;
  const match = /^(\d{1,2}):(\d\d):(\d\d)$/.exec(text);
  if (!match || Number(match[1]) > 23 || Number(match[2]) > 59 || Number(match[3]) > 59) throw new BadField(column, `"${text}" is not H:MM:SS`);
  return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]);
}

function count(record: SeeRecord, column: Column): number {
  const text = record[column];
  if (!/^\d+$/.test(text)) throw new BadField(column, `"${text}" is not a whole number of seconds`);
  return asBadField(column, () => plausibleDuration(Number(text), text));
}

function asBadField<T>(column: Column, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof FieldProblem) throw new BadField(column, error.message);
    throw error;
  }
}

function positive(seconds: number): number {
  return seconds < 0 ? seconds + 86400 : seconds;
}
