import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NormalisedCall } from '../../../src/core/call.js';
import { asteriskQueueLog } from '../../../src/io/formats/asterisk-queue-log.js';
import type { ReadItem } from '../../../src/io/formats/reader.js';
import { SHARED_DATA } from '../../helpers/bin.js';
import { callsOf, readAll, textInput } from '../../helpers/reader-input.js';

/**
 * Another product's acceptance scenarios for queue_log statistics (Wazo's, in ../shared/data):
 * their queue_log rows are fed to svc's reader and svc's calls are held to the statistics the
 * scenario expects, read from the same file.
 */
const FEATURES = join(SHARED_DATA, 'wazo-queue-log-acceptance');

function scenario(feature: string, title: string): { log: string; expected: string[][] } {
  const text = readFileSync(join(FEATURES, feature), 'utf8');
  const start = text.indexOf(`Scenario: ${title}`);
  const body = text.slice(start, text.indexOf('Scenario:', start + 10) === -1 ? undefined : text.indexOf('Scenario:', start + 10));
  const tables: string[][][] = [];
  let table: string[][] | null = null;
  for (const line of body.split('\n')) {
    if (line.trim().startsWith('|')) {
      table ??= [];
      table.push(line.trim().slice(1, -1).split('|').map((cell) => cell.trim()));
    } else if (table) {
      tables.push(table);
      table = null;
    }
  }
  if (table) tables.push(table);
  const entries = tables.find((rows) => rows[0]![0] === 'time' && rows[0]!.includes('event'))!;
  const log = entries
    .slice(1)
    .map((row) => row.join('|'))
    .join('\n');
  return { log, expected: tables.at(-1)! };
}

const hourOf = (call: NormalisedCall) => `${new Date(call.arrivalAt * 1000).getUTCHours()}h-${new Date(call.arrivalAt * 1000).getUTCHours() + 1}h`;
const column = (expected: string[][], name: string) => expected[0]!.indexOf(name);
const row = (expected: string[][], label: string) => expected.find((cells) => cells[0] === label)!;
/** Callers turned away; lines about no call (agent events) are skipped too, but are not received calls. */
const skipped = (items: ReadItem[]) => items.filter((item) => item.kind === 'skip' && !item.reason.startsWith('not about a call'));

describe('queue_log read as the Wazo acceptance scenarios expect', () => {
  it('received and abandoned calls per hour, with the average abandon wait (shown to the second)', async () => {
    const { log, expected } = scenario('queue.feature', 'Generate stats for received/abandoned calls');
    const calls = callsOf(await readAll(asteriskQueueLog, textInput(log))).filter((call) => call.queue === 'q01');
    for (const label of ['8h-9h', '9h-10h']) {
      const inHour = calls.filter((call) => hourOf(call) === label);
      expect(inHour.length).toBe(Number(row(expected, label)[column(expected, 'Received')]));
      expect(inHour.filter((call) => call.outcome === 'abandoned').length).toBe(Number(row(expected, label)[column(expected, 'Abandoned')]));
      const meanWait = inHour.reduce((sum, call) => sum + call.waitS!, 0) / inHour.length;
      expect(`00:00:0${Math.floor(meanWait)}`).toBe(row(expected, label)[column(expected, 'AWT')]);
    }
    expect(calls.length).toBe(Number(row(expected, 'Total')[column(expected, 'Received')]));
  });

  it('received and answered calls per hour, events out of order', async () => {
    const { log, expected } = scenario('queue.feature', 'Generate stats for received/answered calls');
    const calls = callsOf(await readAll(asteriskQueueLog, textInput(log))).filter((call) => call.queue === 'q01');
    for (const label of ['8h-9h', '9h-10h', 'Total']) {
      const inHour = label === 'Total' ? calls : calls.filter((call) => hourOf(call) === label);
      expect(inHour.filter((call) => call.outcome === 'answered').length).toBe(Number(row(expected, label)[column(expected, 'Answered')]));
    }
  });

  it('a call turned away by a closed queue is received but is not a call for the KPIs', async () => {
    const { log, expected } = scenario('queue.feature', 'Generate stats for answered rate with calls on closed queue');
    const items = await readAll(asteriskQueueLog, textInput(log));
    const calls = callsOf(items);
    const total = row(expected, 'Total');
    expect(calls.length + skipped(items).length).toBe(Number(total[column(expected, 'Received')]));
    expect(calls.filter((call) => call.outcome === 'answered').length).toBe(Number(total[column(expected, 'Answered')]));
    expect(skipped(items).length).toBe(Number(total[column(expected, 'Closed')]));
  });

  it('a call entering one queue and answered in another counts where it was answered', async () => {
    const { log, expected } = scenario('queue.feature', 'Generate stats for partial answered call logs');
    const calls = callsOf(await readAll(asteriskQueueLog, textInput(log))).filter((call) => call.queue === 'q01');
    expect(calls.filter((call) => call.outcome === 'answered').length).toBe(Number(row(expected, 'Total')[column(expected, 'Answered')]));
  });

  it('answered calls per agent and hour, including a TRANSFER, rows written newest first', async () => {
    const { log, expected } = scenario('agent.feature', 'Generate stats for answered calls');
    const calls = callsOf(await readAll(asteriskQueueLog, textInput(log))).filter((call) => call.agent === '1');
    for (const label of ['8h-9h', '9h-10h', '10h-11h', '11h-12h']) {
      expect(calls.filter((call) => hourOf(call) === label).length).toBe(Number(row(expected, label)[column(expected, 'Answered')]));
    }
  });

  it('conversation time is the talk of COMPLETE* and TRANSFER (its data4)', async () => {
    const { log, expected } = scenario('agent.feature', 'Generate stats for total conversation time');
    const calls = callsOf(await readAll(asteriskQueueLog, textInput(log))).filter((call) => call.agent === '2');
    const total = row(expected, 'Total');
    expect(calls.length).toBe(Number(total[column(expected, 'Answered')]));
    const [h, m, s] = total[column(expected, 'Conversation')]!.split(':').map(Number) as [number, number, number];
    expect(calls.reduce((sum, call) => sum + call.talkS!, 0)).toBe(h * 3600 + m * 60 + s);
  });

  it('a caller moved from one queue to another is a call in each', async () => {
    const { log } = scenario('queue.feature', 'Statistics for calls distributed to two queues at the boundaries of a xivo-stat deletion limit');
    const calls = callsOf(await readAll(asteriskQueueLog, textInput(log)));
    expect(calls.map((call) => [call.queue, hourOf(call), call.outcome, call.customer])).toEqual([
      ['q01', '9h-10h', 'answered', '5555555555'],
      ['q02', '10h-11h', 'answered', '5555555555'],
    ]);
  });
});
