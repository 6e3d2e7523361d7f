import { QueueLogAssembler, type QueueEvent } from './queue-log-calls.js';
import { parseLine, queueEvent } from './queue-log-line.js';
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

function carried(carry: Carry): [string, string][] {
  return carry.keys().map((key) => [key, carry.get(key)!]);
}
