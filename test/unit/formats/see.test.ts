import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Zone } from '../../../src/core/time/zone.js';
import { see } from '../../../src/io/formats/see.js';
import { FIXTURES, SHARED_DATA } from '../../helpers/bin.js';
import { callsOf, fileInput, fileText, readAll, readerOptions, textInput } from '../../helpers/reader-input.js';

const FIXTURE = join(FIXTURES, 'see', 'february-15.txt');
// fixtures/see/expected.md works every value below out by hand.
const at = (iso: string) => Date.parse(`${iso}Z`) / 1000;

describe('see: february-15.txt', () => {
  it('maps AGENT to answered and queued HANG to abandoned, with arrival, wait, talk and agent', async () => {
    const calls = callsOf(await readAll(see, fileInput(FIXTURE)));
    expect(calls.map((call) => [call.sourceKey, call.outcome, call.arrivalAt, call.waitS, call.talkS, call.agent, call.queue, call.customer])).toEqual([
      ['see:990215:AA0101:100', 'answered', at('1999-02-15T08:09:22'), 30, 160, 'MICHAL', 'PS', '23317894'],
      ['see:990215:AA0101:101', 'answered', at('1999-02-15T09:02:55'), 0, 166, 'DORIT', 'PS', null],
      ['see:990215:AA0101:102', 'answered', at('1999-02-15T09:31:55'), 12, 5, null, 'NW', null],
      ['see:990215:AA0102:103', 'abandoned', at('1999-02-15T10:19:47'), 34, null, null, 'PS', '48178511'],
      ['see:990215:AA0103:106', 'answered', at('1999-02-15T13:37:41'), 87, 118, 'MORIAH', 'PS', '27390947'],
      ['see:990215:AA0103:107', 'answered', at('1999-02-15T15:15:09'), 0, 0, 'YIFAT', 'IN', null],
      ['see:990215:AA0104:108', 'answered', at('1999-02-16T00:00:00'), 27, 67, 'AVNI', 'PS', '15696776'],
      ['see:990215:AA0104:109', 'answered', at('1999-02-16T00:00:07'), 0, 126, 'YITZ', 'PS', null],
      ['see:990215:AA0101:100', 'answered', at('1999-02-15T08:09:22'), 30, 160, 'MICHAL', 'PS', '23317894'],
    ]);
  });

  it('keeps answer and end times, across midnight too', async () => {
    const calls = callsOf(await readAll(see, fileInput(FIXTURE)));
    expect(calls.find((call) => call.sourceKey.endsWith(':100'))).toMatchObject({ answerAt: at('1999-02-15T08:09:51'), endAt: at('1999-02-15T08:12:31'), ending: 'AGENT' });
    expect(calls.find((call) => call.sourceKey.endsWith(':103'))).toMatchObject({ answerAt: null, endAt: at('1999-02-15T10:20:21'), ending: 'HANG' });
    expect(calls.find((call) => call.sourceKey.endsWith(':108'))).toMatchObject({ answerAt: at('1999-02-16T00:00:26'), endAt: at('1999-02-16T00:01:33') });
    // No service times: answered when the (zero) wait ended.
    expect(calls.find((call) => call.sourceKey.endsWith(':107'))).toMatchObject({ answerAt: at('1999-02-15T15:15:09'), endAt: null });
  });

  it('skips PHANTOM and callers who hung up in the voice menu; rejects bad records by line and field', async () => {
    const items = await readAll(see, fileInput(FIXTURE));
    expect(items.filter((item) => item.kind === 'skip').map((item) => [item.line, item.reason])).toEqual([
      [6, 'hung up in the voice menu before reaching the queue'],
      [7, 'PHANTOM record (not a real call)'],
    ]);
    expect(items.filter((item) => item.kind === 'reject').map((item) => [item.line, item.field, item.reason])).toEqual([
      [12, 'outcome', '"TRANSFER" is not AGENT, HANG or PHANTOM'],
      [13, undefined, 'expected 15 tab-separated fields, found 8'],
      [14, 'q_start', '"25:00:00" is not H:MM:SS'],
    ]);
  });

  it('reads the wall-clock times in the zone it is given', async () => {
    const options = readerOptions({ zone: new Zone('Asia/Jerusalem') });
    const calls = callsOf(await readAll(see, fileInput(FIXTURE), options));
    // Israel kept UTC+2 in February 1999.
    expect(calls[0]!.arrivalAt).toBe(at('1999-02-15T08:09:22') - 2 * 3600);
  });

  it('finds columns by the header, in any order', async () => {
    const text = 'server\toutcome\tvru+line\tcall_id\tcustomer_id\ttype\tdate\tvru_entry\tvru_exit\tq_start\tq_exit\tq_time\tser_start\tser_exit\tser_time\nTOVA\tAGENT\tAA01\t7\t5\tPS\t990201\t7:00:00\t7:00:05\t7:00:05\t7:00:15\t10\t7:00:14\t7:01:14\t60\n';
    expect(callsOf(await readAll(see, textInput(text)))).toMatchObject([{ sourceKey: 'see:990201:AA01:7', agent: 'TOVA', waitS: 10, talkS: 60, customer: '5' }]);
  });

  it('is detected from its header, and only from it', () => {
    expect(see.detect(fileText(FIXTURE), 'february-15.txt')).toBeGreaterThan(0.95);
    expect(see.detect(fileText(join(SHARED_DATA, 'see-anonymous-bank-1999', 'data_anonymous_bank_february.txt')).slice(0, 65536), null)).toBeGreaterThan(0.95);
    expect(see.detect('Call Id,Agent,Date\n', null)).toBe(0);
  });
});
