import { FieldProblem } from '../../core/parse/field-problem.js';
import { parseTimestamp } from '../../core/parse/timestamp.js';
import type { Zone } from '../../core/time/zone.js';
import { knownCaller } from './caller-id.js';
import { channelPeer } from './channel-peer.js';
import type { QueueEvent } from './queue-log-calls.js';
import { BadEventField, queueEventRole, type QueueEventRole } from './queue-log-events.js';
import type { ReadItem } from './reader.js';

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
