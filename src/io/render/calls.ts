import type { Zone } from '../../core/time/zone.js';
import type { CallRow } from '../../db/call-list.js';
import type { Cell, Column, Format } from './index.js';
import { localIso } from './instant.js';

/** `2026-03-02 09:00:05`: a call's time to the second on the store's wall clock. */
function wallTime(utcSeconds: number, zone: Zone): string {
  return new Date(zone.wallSeconds(utcSeconds) * 1000).toISOString().slice(0, 19).replace('T', ' ');
}

const TABLE_COLUMNS: Column[] = [
  { key: 'arrival', header: 'arrival' },
  { key: 'queue', header: 'queue' },
  { key: 'agent', header: 'agent' },
  { key: 'customer', header: 'customer' },
  { key: 'outcome', header: 'outcome' },
  { key: 'ending', header: 'ending' },
  { key: 'wait_s', header: 'wait s', align: 'right' },
  { key: 'talk_s', header: 'talk s', align: 'right' },
];

/** Data formats carry every field, times as exact local ISO instants. */
const DATA_COLUMNS: Column[] = [
  { key: 'source_key', header: 'source_key' },
  { key: 'arrival', header: 'arrival' },
  { key: 'answer', header: 'answer' },
  { key: 'end', header: 'end' },
  ...TABLE_COLUMNS.slice(1),
  { key: 'hold_s', header: 'hold_s' },
  { key: 'wrap_s', header: 'wrap_s' },
  { key: 'resolved', header: 'resolved' },
  { key: 'csat', header: 'csat' },
  { key: 'import_id', header: 'import_id' },
];

export function callColumns(format: Format): Column[] {
  return forPeople(format) ? TABLE_COLUMNS : DATA_COLUMNS.map((column) => ({ ...column, header: column.key }));
}

function forPeople(format: Format): boolean {
  return format === 'table' || format === 'md';
}

/** Each call as the renderers take it, converted one at a time as the store yields it. */
export function* callRecords(calls: Iterable<CallRow>, zone: Zone, format: Format): Generator<Record<string, Cell>> {
  const time = (at: number | null) => (at === null ? null : forPeople(format) ? wallTime(at, zone) : localIso(at, zone));
  for (const call of calls) {
    yield {
      source_key: call.source_key,
      arrival: time(call.arrival_at),
      answer: time(call.answer_at),
      end: time(call.end_at),
      queue: call.queue,
      agent: call.agent,
      customer: call.customer,
      outcome: call.outcome,
      ending: call.ending,
      wait_s: call.wait_s,
      talk_s: call.talk_s,
      hold_s: call.hold_s,
      wrap_s: call.wrap_s,
      resolved: call.resolved === null ? null : call.resolved === 1,
      csat: call.csat,
      import_id: call.import_id,
    };
  }
}
