import { foldHeader } from './generic-columns.js';

/**
 * Column names of queue_log exports from a database table (Asterisk's realtime queue_log table,
 * QueueMetrics' `queue_log`, PBXware-style reports), folded like the generic format's headers.
 * The data fields are data1…data5 (or param1…, info1…), or one `data` column holding them
 * joined by `|`; hold (wait) and talk times may have columns of their own.
 */
const NAMES = {
  time: ['time', 'timeid', 'datetime', 'timestamp', 'eventtime', 'eventdate', 'created', 'createdat'],
  callid: ['callid', 'uniqueid', 'callidnum'],
  queue: ['queuename', 'queue', 'queueid'],
  agent: ['agent', 'agentname', 'member', 'membername', 'interface'],
  event: ['event', 'verb', 'action', 'eventname'],
  data: ['data', 'eventdata', 'params'],
  wait: ['holdtime', 'waittime', 'wait', 'queuetime'],
  talk: ['calltime', 'talktime', 'talk', 'talkduration'],
} as const;

type TableField = keyof typeof NAMES;
const DATA_PREFIXES = ['data', 'param', 'info', 'arg'];

export interface QueueLogTable {
  columns: Partial<Record<TableField, number>>;
  /** Columns of data1, data2 … in order. */
  dataColumns: number[];
}

/** The table layout a header row names, or null: it needs a time, a callid, a queue and an event column. */
export function queueLogTable(header: string[]): QueueLogTable | null {
  const columns: Partial<Record<TableField, number>> = {};
  const numbered: [number, number][] = [];
  header.forEach((name, index) => {
    const folded = foldHeader(name);
    const data = new RegExp(`^(?:${DATA_PREFIXES.join('|')})([1-9])$`).exec(folded);
    if (data) {
      numbered.push([Number(data[1]), index]);
      return;
    }
    const field = (Object.keys(NAMES) as TableField[]).find((candidate) => (NAMES[candidate] as readonly string[]).includes(folded));
    if (field && columns[field] === undefined) columns[field] = index;
  });
  const required: TableField[] = ['time', 'callid', 'queue', 'event'];
  if (!required.every((field) => columns[field] !== undefined)) return null;
  return { columns, dataColumns: numbered.sort((a, b) => a[0] - b[0]).map(([, index]) => index) };
}

/** A table row in the pipe file's field order: time, callid, queue, agent, event, data1 … */
export function pipeFields(table: QueueLogTable, fields: string[]): string[] {
  const at = (field: TableField) => {
    const index = table.columns[field];
    return index === undefined ? '' : (fields[index] ?? '');
  };
  const data = table.dataColumns.length > 0 ? table.dataColumns.map((index) => fields[index] ?? '') : at('data').split('|');
  return [at('time'), at('callid'), at('queue'), at('agent') || 'NONE', at('event').trim().toUpperCase(), ...data];
}

/** The hold (wait) and talk columns of a row, where the table has them. */
export function ownTimes(table: QueueLogTable, fields: string[]): { wait?: string; talk?: string } {
  const { wait, talk } = table.columns;
  return { wait: wait === undefined ? undefined : fields[wait], talk: talk === undefined ? undefined : fields[talk] };
}
