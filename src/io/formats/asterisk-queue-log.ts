import { FieldProblem } from '../../core/parse/field-problem.js';
import { plausibleInstant } from '../../core/parse/plausible.js';
import { parseTimestamp } from '../../core/parse/timestamp.js';
import type { Zone } from '../../core/time/zone.js';
import { knownCaller } from './caller-id.js';
import { channelPeer } from './channel-peer.js';
import { QueueLogAssembler, type QueueEvent } from './queue-log-calls.js';
import { BadEventField, queueEventRole } from './queue-log-events.js';
import type { Carry, FormatReader, ReadItem } from './reader.js';
import { textLines } from './text-lines.js';
import { refuseOptions } from './unused-options.js';

const BATCH = 1000;
const QUEUE_LOG_LINE = /^(\d{9,11}(\.\d+)?|\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(\.\d+)?)\|[^|]*\|[^|]*\|[^|]*\|[A-Z][A-Z_]+(\||$)/;

export const asteriskQueueLog: FormatReader = {
  name: 'asterisk-queue-log',
  description: 'Asterisk queue_log (epoch|callid|queue|agent|event|data…): each call assembled from its events',

  detect(sample) {
    const lines = sample.split(/\r?\n/).filter((line) => line.trim() !== '');
    if (lines.length > 1) lines.pop(); // the sample may cut the last line short
    const matching = lines.filter((line) => QUEUE_LOG_LINE.test(line)).length;
    return lines.length > 0 && matching / lines.length >= 0.8 ? 0.95 : 0;
  },

  async *read(input, options) {
    refuseOptions(options, 'asterisk-queue-log', ['map', 'columns', 'sheet']);
    const assembler = new QueueLogAssembler(carried(options.carry));
    let batch: ReadItem[] = [];
    for await (const { line, text } of textLines(input.text())) {
      if (text.trim() !== '') {
        const parsed = parseLine(text, line, options.zone);
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

/** The time of a queue_log's first event, for putting logs in order; undefined when the text is not a queue_log. */
export function firstQueueLogTime(head: string): number | undefined {
  const first = head.split(/\r?\n/, 1)[0] ?? '';
  if (!QUEUE_LOG_LINE.test(first)) return undefined;
  const time = first.slice(0, first.indexOf('|'));
  // Epoch seconds, or an ISO time (compared as if UTC: logs of one system share a zone).
  return /^\d+(\.\d+)?$/.test(time) ? Number(time) : Date.parse(`${time.replace(' ', 'T')}Z`);
}

const SETTLE_EVERY = 500;

function carried(carry: Carry): [string, string][] {
  return carry.keys().map((key) => [key, carry.get(key)!]);
}

/** A queue_log line as an event, or the reason it is not one. */
export function parseLine(text: string, line: number, zone: Zone): QueueEvent | Extract<ReadItem, { kind: 'reject' }> {
  const fields = text.split('|');
  const reject = (reason: string, field?: string) => ({ kind: 'reject' as const, line, field, reason, raw: fields });
  if (fields.length < 5) return reject(`expected at least 5 fields separated by "|" (time|callid|queue|agent|event), found ${fields.length}`);
  const [time, callid, queue, agent, event] = fields.map((field) => field.trim()) as [string, string, string, string, string];
  let at: number;
  try {
    // Epoch seconds, or an ISO date and time as a database export of the log writes it.
    at = /^\d+(\.\d+)?$/.test(time) ? plausibleInstant(Math.floor(Number(time)), time) : parseTimestamp(time, zone, 'ymd');
  } catch (error) {
    if (error instanceof FieldProblem) return reject(error.message, 'time');
    throw error;
  }
  const data = fields.slice(5);
  while (data.length > 0 && data.at(-1)!.trim() === '') data.pop();
  let role;
  try {
    role = queueEventRole(event, data);
  } catch (error) {
    if (error instanceof BadEventField) return reject(`${error.message} (${event})`, error.field);
    throw error;
  }
  if (role.kind !== 'other' && (callid === '' || callid === 'NONE')) return reject(`empty, but ${event} is about a call`, 'callid');
  return { line, at, callid, queue, agent: channelPeer(agent), event, role, caller: role.kind === 'enter' ? knownCaller(data[1]) : null };
}
