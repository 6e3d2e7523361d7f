import { FieldProblem } from '../../core/parse/field-problem.js';
import { parseTimestamp } from '../../core/parse/timestamp.js';
import type { Zone } from '../../core/time/zone.js';
import { knownCaller } from './caller-id.js';
import { channelPeer } from './channel-peer.js';
import { QueueLogAssembler, type QueueEvent } from './queue-log-calls.js';
import { BadEventField, queueEventRole, type QueueEventRole } from './queue-log-events.js';
import { sampleRows } from './cdr-layouts.js';
import { csvRecords, malformedRecord } from './csv-records.js';
import { ownTimes, pipeFields, queueLogTable } from './queue-log-table.js';
import type { Carry, FormatInput, FormatReader, ReaderOptions, ReadItem } from './reader.js';
import { peekFirstLine, textLines } from './text-lines.js';
import { refuseOptions } from './unused-options.js';

const BATCH = 1000;
const QUEUE_LOG_LINE = /^(\d{9,11}(\.\d+)?|\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(\.\d+)?)\|[^|]*\|[^|]*\|[^|]*\|[A-Z][A-Z_]+(\||$)/;

export const asteriskQueueLog: FormatReader = {
  name: 'asterisk-queue-log',
  description: 'Asterisk queue_log (epoch|callid|queue|agent|event|data…), or a table export of it with a header: each call assembled from its events',

  detect(sample) {
    const header = sampleRows(sample.split(/\r?\n/, 1)[0] ?? '')[0];
    if (header && queueLogTable(header)) return 0.95;
    const lines = sample.split(/\r?\n/).filter((line) => line.trim() !== '');
    if (lines.length > 1) lines.pop(); // the sample may cut the last line short
    const matching = lines.filter((line) => QUEUE_LOG_LINE.test(line)).length;
    return lines.length > 0 && matching / lines.length >= 0.8 ? 0.95 : 0;
  },

  async *read(input, options) {
    refuseOptions(options, 'asterisk-queue-log', ['map', 'columns', 'sheet']);
    const assembler = new QueueLogAssembler(carried(options.carry));
    let batch: ReadItem[] = [];
    for await (const { line, parsed } of queueLogRecords(input, options)) {
      if (parsed) {
        if ('kind' in parsed) batch.push(parsed);
        else batch.push(...assembler.add(parsed));
      }
      if (line % SETTLE_EVERY === 0) batch.push(...assembler.settle(line));
      if (batch.length >= BATCH) {
        yield batch;
        batch = [];
      }
    }
    const { items, stillOpen } = assembler.finish();
    batch.push(...items);
    for (const key of options.carry.keys()) if (!stillOpen.has(key)) options.carry.delete(key);
    for (const [key, value] of stillOpen) options.carry.set(key, value);
    if (batch.length > 0) yield batch;
  },
};

type ParsedRecord = QueueEvent | Extract<ReadItem, { kind: 'reject' | 'header' }> | null;

/** The records of a pipe-separated queue_log, or of a table export with a header row, as events. */
async function* queueLogRecords(input: FormatInput, options: ReaderOptions): AsyncIterable<{ line: number; parsed: ParsedRecord }> {
  const { firstLine, text } = await peekFirstLine(input.text());
  const header = sampleRows(firstLine)[0];
  const table = header ? queueLogTable(header) : null;
  if (!table) {
    for await (const { line, text: content } of textLines(text)) yield { line, parsed: content.trim() === '' ? null : parseLine(content, line, options.zone) };
    return;
  }
  let headerRead = false;
  for await (const records of csvRecords(text, { label: options.label })) {
    for (const record of records) {
      if (!headerRead) {
        headerRead = true;
        yield { line: record.line, parsed: { kind: 'header', fields: record.fields } };
      } else if (record.problem) yield { line: record.line, parsed: malformedRecord(record) };
      else yield { line: record.line, parsed: queueEvent(pipeFields(table, record.fields), record.line, options.zone, record.fields, ownTimes(table, record.fields)) };
    }
  }
}

/** The time of a queue_log's first event, for putting logs in order; undefined when the text is not a queue_log. */
export function firstQueueLogTime(head: string): number | undefined {
  const first = head.split(/\r?\n/, 1)[0] ?? '';
  if (!QUEUE_LOG_LINE.test(first)) return undefined;
  const time = first.slice(0, first.indexOf('|'));
  // Epoch seconds, or an ISO time (compared as if UTC: logs of one system share a zone).
  return /^\d+(\.\d+)?$/.test(time) ? Number(time) : Date.parse(`${time.replace(' ', 'T')}Z`);
}

const SETTLE_EVERY = 500;

/** Wait and talk seconds that a table export keeps in columns of their own, beside the data fields. */
export interface EventTimes {
  wait?: string;
  talk?: string;
}

/** The event's own wait and talk where its data fields leave them out. */
function withOwnColumns(role: QueueEventRole, times: EventTimes): QueueEventRole {
  if (role.kind !== 'connect' && role.kind !== 'answered' && role.kind !== 'abandoned') return role;
  const wait = role.wait ?? ownSeconds(times.wait, 'wait');
  return role.kind === 'answered' ? { ...role, wait, talk: role.talk ?? ownSeconds(times.talk, 'talk') } : { ...role, wait };
}

function ownSeconds(text: string | undefined, field: string): number | null {
  const value = text?.trim() ?? '';
  if (value === '') return null;
  if (!/^\d+(\.\d+)?$/.test(value)) throw new BadEventField(field, value);
  return Number(value);
}

function carried(carry: Carry): [string, string][] {
  return carry.keys().map((key) => [key, carry.get(key)!]);
}

/** A queue_log line as an event, or the reason it is not one. */
export function parseLine(text: string, line: number, zone: Zone): QueueEvent | Extract<ReadItem, { kind: 'reject' }> {
  const fields = text.split('|');
  if (fields.length < 5) return { kind: 'reject', line, reason: `expected at least 5 fields separated by "|" (time|callid|queue|agent|event), found ${fields.length}`, raw: fields };
  return queueEvent(fields, line, zone);
}

/**
 * An event from its fields in the pipe file's order (time, callid, queue, agent, event, data1 …),
 * or the reason it is not one; `raw` is the record as the file holds it, for --rejects.
 */
export function queueEvent(fields: string[], line: number, zone: Zone, raw: string[] = fields, times: EventTimes = {}): QueueEvent | Extract<ReadItem, { kind: 'reject' }> {
  const reject = (reason: string, field?: string) => ({ kind: 'reject' as const, line, field, reason, raw });
  const [time, callid, queue, agent, event] = fields.map((field) => field.trim()) as [string, string, string, string, string];
  let at: number;
  try {
    // Epoch seconds, or an ISO date and time as a database export of the log writes it.
    at = /^\d+(\.\d+)?$/.test(time) ? Math.floor(Number(time)) : parseTimestamp(time, zone, 'ymd');
  } catch (error) {
    if (error instanceof FieldProblem) return reject(error.message, 'time');
    throw error;
  }
  const data = fields.slice(5);
  while (data.length > 0 && data.at(-1)!.trim() === '') data.pop();
  let role;
  try {
    role = withOwnColumns(queueEventRole(event, data), times);
  } catch (error) {
    if (error instanceof BadEventField) return reject(`${error.message} (${event})`, error.field);
    throw error;
  }
  if (role.kind !== 'other' && (callid === '' || callid === 'NONE')) return reject(`empty, but ${event} is about a call`, 'callid');
  return { line, at, callid, queue, agent: channelPeer(agent), event, role, caller: role.kind === 'enter' ? knownCaller(data[1]) : null };
}
