import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Zone } from '../../../src/core/time/zone.js';
import { asteriskQueueLog } from '../../../src/io/formats/asterisk-queue-log.js';
import { channelPeer } from '../../../src/io/formats/channel-peer.js';
import { FIXTURES } from '../../helpers/bin.js';
import { callsOf, fileInput, fileText, memoryCarry, readAll, readerOptions, textInput } from '../../helpers/reader-input.js';

const DIR = join(FIXTURES, 'asterisk-queue-log');
// fixtures/asterisk-queue-log/expected.md works every number below out by hand.
const T0 = 1772442000;

describe('asterisk-queue-log: day1.log', () => {
  it('assembles each call from its events, whatever their order', async () => {
    const carry = memoryCarry();
    const items = await readAll(asteriskQueueLog, fileInput(join(DIR, 'day1.log')), readerOptions({ carry }));
    const calls = callsOf(items).sort((a, b) => a.arrivalAt - b.arrivalAt);
    const summary = calls.map((call) => [call.queue, call.outcome, call.ending, call.arrivalAt - T0, call.waitS, call.talkS, call.agent, call.customer]);
    expect(summary).toEqual([
      ['support', 'answered', 'COMPLETECALLER', 5, 12, 120, '1001', '0501234567'],
      ['support', 'abandoned', 'ABANDON', 100, 45, null, null, '+97231234567'],
      ['sales', 'answered', 'COMPLETEAGENT', 200, 30, 170, 'alice', '0529876543'],
      ['sales', 'abandoned', 'EXITWITHTIMEOUT', 300, 300, null, null, null],
      ['support', 'abandoned', 'EXITWITHKEY', 500, 8, null, null, '0501234567'],
      ['support', 'answered', 'TRANSFER', 700, 9, 91, '1003', '0577777777'],
      ['support', 'abandoned', 'EXITEMPTY', 900, 20, null, null, '0533333333'],
      ['billing', 'answered', 'COMPLETEAGENT', 921, 10, 100, '1004', '0533333333'],
      ['sales', 'abandoned', 'EXITWITHTIMEOUT', 1100, 60, null, null, '0544444444'],
      ['sales', 'answered', 'COMPLETECALLER', 1170, 10, 60, '1005', '0544444444'],
    ]);
  });

  it('gives answer and end times, and a key made of callid, queue and arrival', async () => {
    const calls = callsOf(await readAll(asteriskQueueLog, fileInput(join(DIR, 'day1.log'))));
    const backwards = calls.find((call) => call.sourceKey.startsWith('aql:1772442200.5:'))!;
    expect(backwards).toMatchObject({ sourceKey: `aql:1772442200.5:sales:${T0 + 200}`, answerAt: T0 + 230, endAt: T0 + 400 });
    const twice = calls.filter((call) => call.sourceKey.startsWith('aql:1772443100.15:sales:')).map((call) => call.sourceKey);
    expect(twice).toEqual([`aql:1772443100.15:sales:${T0 + 1100}`, `aql:1772443100.15:sales:${T0 + 1170}`]);
    expect(new Set(calls.map((call) => call.sourceKey)).size).toBe(calls.length);
  });

  it('rejects bad lines with their line and field, skips the caller who never joined', async () => {
    const items = await readAll(asteriskQueueLog, fileInput(join(DIR, 'day1.log')));
    expect(items.filter((item) => item.kind === 'reject').map((item) => [item.line, item.field, item.reason])).toEqual([
      [23, undefined, 'expected at least 5 fields separated by "|" (time|callid|queue|agent|event), found 1'],
      [24, 'data1', '"soon" is not a number of seconds (COMPLETECALLER)'],
    ]);
    const skips = items.filter((item) => item.kind === 'skip');
    // Lines about no call are skipped too (expected.md): QUEUESTART, ADDMEMBER, AGENTLOGIN, PAUSEALL, CONFIGRELOAD, UNPAUSEALL.
    expect(skips.filter((item) => !item.reason.startsWith('not about a call'))).toEqual([{ kind: 'skip', line: 21, reason: 'the caller could not join queue support (JOINEMPTY)' }]);
    expect(skips.filter((item) => item.reason.startsWith('not about a call')).map((item) => item.line)).toEqual([1, 2, 3, 20, 22, 36]);
  });

  it('carries the calls still open at the end of the file, and completes them from the next file', async () => {
    const carry = memoryCarry();
    await readAll(asteriskQueueLog, fileInput(join(DIR, 'day1.log')), readerOptions({ carry }));
    expect([...carry.entries.keys()].sort()).toEqual(['1772495880.17|support', '1772495970.19|sales']);

    const day2 = callsOf(await readAll(asteriskQueueLog, fileInput(join(DIR, 'day2.log')), readerOptions({ carry })));
    expect(day2.map((call) => [call.sourceKey, call.outcome, call.waitS, call.talkS, call.agent, call.customer])).toEqual([
      ['aql:1772495970.19:sales:1772495970', 'abandoned', 70, null, null, '0522222222'],
      ['aql:1772495880.17:support:1772495880', 'answered', 60, 300, '1002', '0501234567'],
      ['aql:1772496600.20:support:1772496600', 'answered', 5, 100, '1001', '0501234567'],
    ]);
    expect(carry.entries.size).toBe(0);
  });

  it('without the first day, the ends alone give the same arrivals and keys', async () => {
    const day2 = callsOf(await readAll(asteriskQueueLog, fileInput(join(DIR, 'day2.log')))).sort((a, b) => a.arrivalAt - b.arrivalAt);
    // ABANDON waited 70 s before 00:00:40; COMPLETEAGENT: 300 s talk after 60 s wait before 00:04:00.
    expect(day2.map((call) => [call.sourceKey, call.arrivalAt])).toEqual([
      ['aql:1772495880.17:support:1772495880', 1772496240 - 300 - 60],
      ['aql:1772495970.19:sales:1772495970', 1772496040 - 70],
      ['aql:1772496600.20:support:1772496600', 1772496600],
    ]);
  });

  it('reading the grown log again yields the same keys, and only the new calls are new', async () => {
    const full = fileText(join(DIR, 'day1.log'));
    const firstPart = full.split('\n').slice(0, 20).join('\n') + '\n';
    const carry = memoryCarry();
    const before = callsOf(await readAll(asteriskQueueLog, textInput(firstPart), readerOptions({ carry })));
    // By line 20: calls 1772442005.1, .3, .5, .8, .7 have ended; .9 (TRANSFER on line 25) is still open.
    expect(before.map((call) => call.sourceKey.split(':')[1]).sort()).toEqual(['1772442005.1', '1772442100.3', '1772442200.5', '1772442300.7', '1772442500.8']);
    expect(carry.keys()).toEqual(['1772442700.9|support']);

    const after = callsOf(await readAll(asteriskQueueLog, textInput(full), readerOptions({ carry })));
    const beforeKeys = new Set(before.map((call) => call.sourceKey));
    expect(after.filter((call) => beforeKeys.has(call.sourceKey))).toHaveLength(5);
    expect(after.filter((call) => !beforeKeys.has(call.sourceKey))).toHaveLength(5);
    expect(after.find((call) => call.ending === 'TRANSFER')).toMatchObject({ arrivalAt: T0 + 700, waitS: 9, talkS: 91 });
  });
});

describe('asterisk-queue-log: rules', () => {
  const read = async (text: string, zone = 'UTC') => readAll(asteriskQueueLog, textInput(text), readerOptions({ zone: new Zone(zone) }));

  it('takes the ATTENDEDTRANSFER times from the end, whatever the method', async () => {
    const calls = callsOf(
      await read(
        ['100|c1|q|NONE|ENTERQUEUE||555|1', '104|c1|q|SIP/7-00000001|CONNECT|4|x|1', '164|c1|q|SIP/7-00000001|ATTENDEDTRANSFER|LINK|SIP/7-00000001|SIP/8-00000002|4|60|1'].join('\n'),
      ),
    );
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ outcome: 'answered', waitS: 4, talkS: 60, agent: '7', ending: 'ATTENDEDTRANSFER' });
  });

  it('falls back to event times when an older version logs no wait', async () => {
    const calls = callsOf(await read(['100|c1|q|NONE|ENTERQUEUE||555', '130|c1|q|NONE|EXITWITHKEY|5|1'].join('\n')));
    expect(calls[0]).toMatchObject({ outcome: 'abandoned', waitS: 30, arrivalAt: 100 });
  });

  it('reads ISO times in the reader zone, as a database export gives them', async () => {
    const calls = callsOf(
      await read(
        ['2026-03-02 11:00:00.250000|c1|q|NONE|ENTERQUEUE||555|1', '2026-03-02 11:00:03.000000|c1|q|Agent/1|CONNECT|3|x|1', '2026-03-02 11:00:09.000000|c1|q|Agent/1|COMPLETEAGENT|3|6|1'].join('\n'),
        'Asia/Jerusalem',
      ),
    );
    // 11:00 in Jerusalem on 2 March (UTC+2) is 09:00 UTC.
    expect(calls[0]).toMatchObject({ arrivalAt: Date.UTC(2026, 2, 2, 9, 0, 0) / 1000, waitS: 3, talkS: 6, agent: '1' });
  });

  it('closes a call whose end never came after a day: answered if it was connected, else skipped', async () => {
    const items = await read(
      ['100|c1|q|NONE|ENTERQUEUE||555|1', '110|c1|q|SIP/9|CONNECT|10|x|1', '200|c2|q|NONE|ENTERQUEUE||556|1', `${100 + 86400 + 500}|NONE|NONE|NONE|QUEUESTART|`].join('\n'),
    );
    expect(callsOf(items)).toMatchObject([{ sourceKey: 'aql:c1:q:100', outcome: 'answered', ending: 'CONNECT', waitS: 10, talkS: null, endAt: null }]);
    // Line 4 is read before the input ends and c2 is closed.
    expect(items.filter((item) => item.kind === 'skip')).toEqual([
      { kind: 'skip', line: 4, reason: 'not about a call (QUEUESTART)' },
      { kind: 'skip', line: 3, reason: 'call c2 in queue q has no end in the log' },
    ]);
  });

  it('rejects a line whose time is neither epoch seconds nor a date and time, and a call event with no callid', async () => {
    const items = await read(['yesterday|c1|q|NONE|ENTERQUEUE||555|1', '100|NONE|q|NONE|ABANDON|1|1|5'].join('\n'));
    expect(items.map((item) => (item.kind === 'reject' ? [item.line, item.field] : item.kind))).toEqual([
      [1, 'time'],
      [2, 'callid'],
    ]);
  });

  it('detects queue_log text and not other call logs', () => {
    expect(asteriskQueueLog.detect(fileText(join(DIR, 'day1.log')), 'queue_log')).toBeGreaterThan(0.9);
    expect(asteriskQueueLog.detect('Call Id,Agent,Date\nID1,Ann,2021-01-01\n', 'calls.csv')).toBe(0);
    expect(asteriskQueueLog.detect('"","917","502","production","x","NOT_AVAILABLE"\n', 'Master.csv')).toBe(0);
  });
});

describe('channelPeer', () => {
  it('strips technology prefixes and channel suffixes, keeps member names', () => {
    expect(channelPeer('SIP/1001-0000001a')).toBe('1001');
    expect(channelPeer('PJSIP/client2-00000003')).toBe('client2');
    expect(channelPeer('Local/1003@from-queue/n')).toBe('1003');
    expect(channelPeer('Local/1001@from-internal-0000002a;2')).toBe('1001');
    expect(channelPeer('Agent/1240')).toBe('1240');
    expect(channelPeer('Dana Levi')).toBe('Dana Levi');
    expect(channelPeer('NONE')).toBeNull();
    expect(channelPeer('NOT_AVAILABLE')).toBeNull();
    expect(channelPeer('')).toBeNull();
  });
});
