import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freeswitchCdr } from '../../../src/io/formats/freeswitch-cdr.js';
import { FIXTURES, SHARED_DATA } from '../../helpers/bin.js';
import { callsOf, fileInput, fileText, readAll, readerOptions, textInput } from '../../helpers/reader-input.js';

const FIXTURE = join(FIXTURES, 'freeswitch-cdr', 'Master.csv');
const SAMPLE = join(SHARED_DATA, 'freeswitch-cdr-sample', 'Master.csv');
const at = (iso: string) => Date.parse(`${iso}Z`) / 1000;

describe('freeswitch-cdr: fixtures/freeswitch-cdr/Master.csv', () => {
  // fixtures/freeswitch-cdr/expected.md works every value below out by hand.
  it('maps answered calls and hangup causes, with spreadsheet-saved times', async () => {
    const calls = callsOf(await readAll(freeswitchCdr, fileInput(FIXTURE)));
    const uuid = (n: number) => `fscdr:a1b2c3d4-0000-4000-8000-00000000000${n}`;
    expect(calls.map((call) => [call.sourceKey, call.outcome, call.ending, call.arrivalAt, call.waitS, call.talkS, call.customer, call.queue])).toEqual([
      [uuid(1), 'answered', 'NORMAL_CLEARING', at('2026-03-02T09:00:00'), 7, 120, '0501234567', 'default'],
      [uuid(2), 'answered', 'NORMAL_CLEARING', at('2026-03-02T09:10:00'), 5, 240, '0529876543', 'default'],
      [uuid(3), 'abandoned', 'ORIGINATOR_CANCEL', at('2026-03-02T09:20:00'), 25, null, '0533333333', 'default'],
      [uuid(4), 'answered', 'NORMAL_CLEARING', at('2026-03-02T09:30:00'), 11, 20, '0544444444', 'default'],
      [uuid(5), 'abandoned', 'NO_USER_RESPONSE', at('2026-03-02T09:40:00'), 2, null, null, 'default'],
    ]);
    expect(calls[1]).toMatchObject({ answerAt: at('2026-03-02T09:10:05'), endAt: at('2026-03-02T09:14:05') });
  });

  it('rejects short rows and bad counts by line and field', async () => {
    const items = await readAll(freeswitchCdr, fileInput(FIXTURE));
    expect(items.filter((item) => item.kind === 'reject').map((item) => [item.line, item.field, item.reason])).toEqual([
      [8, undefined, 'expected 15 fields (cdr_csv default template), found 5'],
      [9, 'billsec', '"abc" is not a whole number of seconds'],
    ]);
  });

  it('takes another template with --columns, agent and queue from mod_callcenter variables', async () => {
    const columns = ['uuid', 'caller_id_number', 'start_epoch', 'answer_epoch', 'end_epoch', 'duration', 'billsec', 'hangup_cause', 'cc_queue', 'cc_agent'];
    const text = 'u-1,0501234567,1772442000,1772442009,1772442069,69,60,NORMAL_CLEARING,support@default,1001@default\nu-2,0529876543,1772442100,0,1772442130,30,0,ORIGINATOR_CANCEL,support@default,\n';
    const calls = callsOf(await readAll(freeswitchCdr, textInput(text), readerOptions({ columns })));
    expect(calls).toMatchObject([
      { sourceKey: 'fscdr:u-1', outcome: 'answered', agent: '1001@default', queue: 'support@default', arrivalAt: 1772442000, waitS: 9, talkS: 60 },
      { sourceKey: 'fscdr:u-2', outcome: 'abandoned', agent: null, waitS: 30, ending: 'ORIGINATOR_CANCEL' },
    ]);
    await expect(readAll(freeswitchCdr, textInput(text), readerOptions({ columns: ['uuid', 'billsec'] }))).rejects.toThrow('--columns for freeswitch-cdr must name start_stamp or start_epoch');
  });
});

describe('freeswitch-cdr: the shared sample', () => {
  it('reads every row; the three rows of one uuid are one call', async () => {
    const rows = fileText(SAMPLE)
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => line.split(','));
    const calls = callsOf(await readAll(freeswitchCdr, fileInput(SAMPLE)));
    // Independently: distinct uuids (field 11); a uuid is answered when any row has an answer time.
    const uuids = [...new Set(rows.map((fields) => fields[10]!))];
    expect(calls.map((call) => call.sourceKey)).toEqual(uuids.map((uuid) => `fscdr:${uuid}`));
    expect(calls.map((call) => call.outcome)).toEqual(uuids.map((uuid) => (rows.some((fields) => fields[10] === uuid && fields[5] !== '') ? 'answered' : 'abandoned')));
    const talk = (uuid: string) => Number(rows.find((fields) => fields[10] === uuid && fields[5] !== '')?.[8]);
    expect(calls.filter((call) => call.outcome === 'answered').map((call) => call.talkS)).toEqual(uuids.filter((uuid) => !Number.isNaN(talk(uuid))).map(talk));
  });

  it('is detected, and the Asterisk files are not taken for it', () => {
    expect(freeswitchCdr.detect(fileText(SAMPLE), 'Master.csv')).toBeGreaterThan(0.8);
    expect(freeswitchCdr.detect(fileText(FIXTURE), 'Master.csv')).toBeGreaterThan(0.8);
    expect(freeswitchCdr.detect(fileText(join(SHARED_DATA, 'asterisk-cdr-lab', 'Master.csv')), 'Master.csv')).toBe(0);
  });
});
