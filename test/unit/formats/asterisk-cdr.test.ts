import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { asteriskCdr } from '../../../src/io/formats/asterisk-cdr.js';
import { freeswitchCdr } from '../../../src/io/formats/freeswitch-cdr.js';
import { genericReader } from '../../../src/io/formats/generic.js';
import { FIXTURES, SHARED_DATA } from '../../helpers/bin.js';
import { callsOf, fileInput, fileText, readAll, readerOptions, textInput } from '../../helpers/reader-input.js';

const FIXTURE = join(FIXTURES, 'asterisk-cdr', 'Master.csv');
const OFFICE = join(SHARED_DATA, 'asterisk-cdr-office-pbx');
const at = (iso: string) => Date.parse(`${iso}Z`) / 1000;

describe('asterisk-cdr: fixtures/asterisk-cdr/Master.csv', () => {
  // fixtures/asterisk-cdr/expected.md works every value below out by hand.
  it('collapses the legs of each call and maps dispositions', async () => {
    const calls = callsOf(await readAll(asteriskCdr, fileInput(FIXTURE)));
    expect(calls.map((call) => [call.sourceKey, call.outcome, call.ending, call.arrivalAt, call.waitS, call.talkS, call.agent, call.customer, call.queue])).toEqual([
      ['acdr:1772442000.1', 'answered', 'ANSWERED', at('2026-03-02T09:00:00'), 5, 60, '201', '0501234567', 'support'],
      ['acdr:1772442600.2', 'answered', 'ANSWERED', at('2026-03-02T09:10:00'), 8, 240, '302', '0529876543', 'sales'],
      ['acdr:1772443200.5', 'answered', 'ANSWERED', at('2026-03-02T09:20:00'), 11, 120, '202', '0533333333', 'support'],
      ['acdr:1772443800.6', 'abandoned', 'BUSY', at('2026-03-02T09:30:00'), 12, null, null, '0544444444', 'support'],
      ['acdr:1772444400.7', 'abandoned', 'FAILED', at('2026-03-02T09:40:00'), 1, null, null, null, 'sales'],
    ]);
    expect(calls[1]).toMatchObject({ answerAt: at('2026-03-02T09:10:08'), endAt: at('2026-03-02T09:14:08') });
  });

  it('counts an unanswered call’s wait from duration, to the second, not from end stamps that lost their fraction', async () => {
    // Started 01:52:11.9, ended 01:52:42.1: the stamps say 31 s, the system counted duration 30.
    const row = '"","0501234567","200","support","","SIP/trunk-1","","Dial","x","2026-03-02 01:52:11","","2026-03-02 01:52:42",30,0,"NO ANSWER","DOCUMENTATION","1772416331.9",""';
    const [call] = callsOf(await readAll(asteriskCdr, textInput(`${row}\n`)));
    expect(call).toMatchObject({ outcome: 'abandoned', waitS: 30, endAt: at('2026-03-02T01:52:42') });
  });

  it('rejects rows by line and field', async () => {
    const items = await readAll(asteriskCdr, fileInput(FIXTURE));
    expect(items.filter((item) => item.kind === 'reject').map((item) => [item.line, item.field, item.reason])).toEqual([
      [11, undefined, 'expected 18 fields (cdr_csv), found 7'],
      [12, 'start', '"yesterday" is not a date and time (YYYY-MM-DD HH:MM:SS or DD/MM/YYYY HH:MM)'],
      [13, 'disposition', '"MAYBE" is not one of ANSWERED, NO ANSWER, BUSY, FAILED, CONGESTION'],
    ]);
  });

  it('keeps the legs of one call together across the reader’s batches', async () => {
    // 2,000 records make a batch: legs on lines 2000 and 2001 are read in different batches.
    const row = (n: number, uniqueid: string, disposition: string, answer: string, billsec: number) =>
      `"","05000${String(n).padStart(5, '0')}","200","support","","SIP/trunk-1","SIP/20${n % 2}-0000000a","Dial","x","2026-03-02 10:00:00","${answer}","2026-03-02 10:01:00",60,${billsec},"${disposition}","DOCUMENTATION","${uniqueid}",""`;
    const lines: string[] = [];
    for (let n = 1; n <= 2500; n++) {
      if (n === 2000 || n === 2001) lines.push(row(2000, '1772445000.999999', n === 2000 ? 'NO ANSWER' : 'ANSWERED', n === 2000 ? '' : '2026-03-02 10:00:20', n === 2000 ? 0 : 40));
      else lines.push(row(n, `1772445000.${n}`, 'ANSWERED', '2026-03-02 10:00:05', 55));
    }
    const calls = callsOf(await readAll(asteriskCdr, textInput(lines.join('\n'))));
    expect(calls).toHaveLength(2499);
    expect(calls.find((call) => call.sourceKey === 'acdr:1772445000.999999')).toMatchObject({ outcome: 'answered', waitS: 20, talkS: 40 });
  });

  it('reads a cdr_custom layout by its shape: the lab file with 19 fields', async () => {
    const file = join(SHARED_DATA, 'asterisk-cdr-lab', 'Master.csv');
    const rows = parse(fileText(file), { relax_quotes: true }) as string[][];
    const calls = callsOf(await readAll(asteriskCdr, fileInput(file)));
    // A plain loop over the raw rows: field 13 is the disposition, 12 billsec, 16 uniqueid (none repeats).
    expect(calls).toHaveLength(rows.length);
    expect(calls.map((call) => [call.sourceKey, call.outcome, call.talkS])).toEqual(
      rows.map((fields) => [`acdr:${fields[16]}`, fields[13] === 'ANSWERED' ? 'answered' : 'abandoned', fields[13] === 'ANSWERED' ? Number(fields[12]) : null]),
    );
    // The answered leg's dstchannel names the agent: PJSIP/client2-00000003 → client2.
    expect(calls[0]).toMatchObject({ agent: 'client2', customer: 'client1', waitS: 18 });
  });

  it('takes --columns for a layout it cannot recognise, and says what to do when it cannot', async () => {
    const text = '2026-03-02 11:00:00,2026-03-02 11:00:04,2026-03-02 11:01:04,64,60,ANSWERED,0501234567,SIP/205-00000001,1772449200.3\n';
    const unknown = readAll(asteriskCdr, textInput(text), readerOptions({ label: 'odd.csv' }));
    await expect(unknown).rejects.toThrow('odd.csv: the rows (9 fields) match no known Asterisk CDR layout');
    const columns = ['start', 'answer', 'end', 'duration', 'billsec', 'disposition', 'src', 'dstchannel', 'uniqueid'];
    const calls = callsOf(await readAll(asteriskCdr, textInput(text), readerOptions({ columns })));
    expect(calls).toMatchObject([{ sourceKey: 'acdr:1772449200.3', agent: '205', customer: '0501234567', waitS: 4, talkS: 60, queue: null }]);
    await expect(readAll(asteriskCdr, textInput(text), readerOptions({ columns: ['start', 'end'] }))).rejects.toThrow('--columns for asterisk-cdr must name billsec');
  });

  it('reads a CSV whose header row names the CDR columns, and is detected before the generic reader', async () => {
    const text = 'src,start,answer,end,duration,billsec,disposition,uniqueid\n0501234567,2026-03-02 11:00:00,,2026-03-02 11:00:30,30,0,NO ANSWER,1772449200.4\n0501234567,2026-03-02 11:00:00,2026-03-02 11:00:06,2026-03-02 11:02:06,126,120,ANSWERED,1772449200.4\n';
    expect(asteriskCdr.detect(text, 'cdr.csv')).toBeGreaterThan(genericReader.detect(text, 'cdr.csv'));
    expect(callsOf(await readAll(asteriskCdr, textInput(text)))).toMatchObject([{ sourceKey: 'acdr:1772449200.4', outcome: 'answered', waitS: 6, talkS: 120 }]);
  });

  it('maps queue, agent or customer to another column with --map, and checks the column exists', async () => {
    const calls = callsOf(await readAll(asteriskCdr, fileInput(FIXTURE), readerOptions({ map: { queue: 'dst', agent: 'lastdata' } })));
    expect(calls[0]).toMatchObject({ queue: '200', agent: 'SIP/201,30' });
    await expect(readAll(asteriskCdr, fileInput(FIXTURE), readerOptions({ map: { queue: 'department' } }))).rejects.toThrow('--map queue=department: the cdr_csv layout has no column department');
  });

  it('is detected on Master.csv files, and not on FreeSWITCH ones', () => {
    expect(asteriskCdr.detect(fileText(FIXTURE), 'Master.csv')).toBeGreaterThan(0.8);
    expect(asteriskCdr.detect(fileText(join(OFFICE, 'cdr.csv')), 'cdr.csv')).toBeGreaterThan(0.8);
    expect(asteriskCdr.detect(fileText(join(SHARED_DATA, 'freeswitch-cdr-sample', 'Master.csv')), 'Master.csv')).toBe(0);
    expect(freeswitchCdr.detect(fileText(FIXTURE), 'Master.csv')).toBe(0);
  });
});

describe('asterisk-cdr: the office PBX records', () => {
  it('collapses smallcdr.csv into the calls of that project’s own smallcdr_wo_parallelcalls.csv', async () => {
    const expected = parse(fileText(join(OFFICE, 'smallcdr_wo_parallelcalls.csv'))) as string[][];
    const calls = callsOf(await readAll(asteriskCdr, fileInput(join(OFFICE, 'smallcdr.csv'))));
    expect(calls).toHaveLength(expected.length);
    // Each expected row is the leg that project kept: its caller, start, disposition and billsec.
    // A collapsed call starts with its earliest leg, up to 2 s before the kept one.
    const unmatched = [...calls];
    for (const fields of expected) {
      const [src, start, disposition, billsec] = [fields[1], at(fields[9]!.replace(' ', 'T')), fields[14], Number(fields[13])];
      const index = unmatched.findIndex((call) => call.customer === src && start - call.arrivalAt >= 0 && start - call.arrivalAt <= 2);
      expect(index, `no call for ${fields[16]}`).toBeGreaterThanOrEqual(0);
      const [call] = unmatched.splice(index, 1);
      expect([call!.outcome, call!.ending, call!.talkS]).toEqual(
        disposition === 'ANSWERED' ? ['answered', 'ANSWERED', billsec] : ['abandoned', disposition, null],
      );
    }
  });
});
