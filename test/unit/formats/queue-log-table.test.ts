import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asteriskQueueLog } from '../../../src/io/formats/asterisk-queue-log.js';
import { genericReader } from '../../../src/io/formats/generic.js';
import { FIXTURES } from '../../helpers/bin.js';
import { callsOf, fileInput, fileText, readAll, textInput } from '../../helpers/reader-input.js';

const DIR = join(FIXTURES, 'asterisk-queue-log-table');
const at = (iso: string) => Date.parse(`${iso}Z`) / 1000;

describe('asterisk-queue-log: table exports with a header (fixtures/asterisk-queue-log-table/expected.md)', () => {
  it('reads the pipe file into the calls worked out by hand', async () => {
    const calls = callsOf(await readAll(asteriskQueueLog, fileInput(join(DIR, 'queue_log'))));
    expect(calls.map((call) => [call.sourceKey, call.outcome, call.arrivalAt, call.answerAt, call.endAt, call.waitS, call.talkS, call.agent, call.customer])).toEqual([
      ['aql:1772488800.1:support:1772488800', 'answered', at('2026-03-02T22:00:00'), at('2026-03-02T22:00:15'), at('2026-03-02T22:03:15'), 15, 180, '1001', '0501234567'],
      ['aql:1772489400.2:support:1772489400', 'abandoned', at('2026-03-02T22:10:00'), null, at('2026-03-02T22:10:45'), 45, null, null, '0529876543'],
      ['aql:1772495880.3:sales:1772495880', 'answered', at('2026-03-02T23:58:00'), at('2026-03-03T00:00:30'), at('2026-03-03T00:05:30'), 150, 300, 'alice', '0533333333'],
      ['aql:1772497200.4:sales:1772497200', 'abandoned', at('2026-03-03T00:20:00'), null, at('2026-03-03T00:25:00'), 300, null, null, '0544444444'],
    ]);
  });

  for (const file of ['queue-log-table.csv', 'queuemetrics.csv']) {
    it(`reads ${file} as the same calls as the pipe file, detected ahead of the generic reader`, async () => {
      const text = fileText(join(DIR, file));
      expect(asteriskQueueLog.detect(text, file)).toBeGreaterThan(genericReader.detect(text, file));
      const pipe = await readAll(asteriskQueueLog, fileInput(join(DIR, 'queue_log')));
      const table = await readAll(asteriskQueueLog, fileInput(join(DIR, file)));
      expect(callsOf(table)).toEqual(callsOf(pipe));
      const kinds = (items: typeof table) => items.filter((item) => item.kind === 'skip' || item.kind === 'merged' || item.kind === 'reject').length;
      expect(kinds(table)).toBe(kinds(pipe));
      expect(table[0]).toMatchObject({ kind: 'header' });
    });
  }

  it('rejects a table row whose own hold column is not seconds, naming the column', async () => {
    const text = 'time,callid,queuename,agent,event,data1,data2,data3,holdtime,calltime\n1772488995,c1,q,SIP/1,COMPLETECALLER,,,1,soon,30\n';
    const items = await readAll(asteriskQueueLog, textInput(text));
    expect(items.filter((item) => item.kind === 'reject').map((item) => [item.line, item.field, item.reason])).toEqual([[2, 'wait', '"soon" is not a number of seconds (COMPLETECALLER)']]);
  });
});
