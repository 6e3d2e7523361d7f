import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { asteriskCdr } from '../../../src/io/formats/asterisk-cdr.js';
import { genericReader } from '../../../src/io/formats/generic.js';
import { FIXTURES } from '../../helpers/bin.js';
import { callsOf, fileInput, fileText, readAll, textInput } from '../../helpers/reader-input.js';

const LINKED = join(FIXTURES, 'asterisk-cdr-linked', 'Master.csv');
const WEB = join(FIXTURES, 'asterisk-cdr-web', 'cdr-report.csv');
const at = (iso: string) => Date.parse(`${iso}Z`) / 1000;
const merged = (items: Awaited<ReturnType<typeof readAll>>) => items.reduce((sum, item) => sum + (item.kind === 'merged' ? item.count : 0), 0);

describe('asterisk-cdr: legs grouped by linkedid (fixtures/asterisk-cdr-linked/expected.md)', () => {
  it('makes one call of a parallel ring, of Local/ legs and of a transfer, answered by the leg that reached a person', async () => {
    const items = await readAll(asteriskCdr, fileInput(LINKED));
    const calls = callsOf(items);
    expect(calls.map((call) => [call.sourceKey, call.outcome, call.arrivalAt, call.waitS, call.talkS, call.agent, call.customer, call.ending])).toEqual([
      ['acdr:1772442000.1', 'answered', at('2026-03-02T09:00:00'), 12, 120, '206', '0501111111', 'ANSWERED'],
      ['acdr:1772442600.4', 'answered', at('2026-03-02T09:10:00'), 25, 245, '201', '0502222222', 'ANSWERED'],
      ['acdr:1772443200.9', 'answered', at('2026-03-02T09:20:00'), 8, 252, '204', '0503333333', 'ANSWERED'],
      ['acdr:1772443800.12', 'abandoned', at('2026-03-02T09:30:00'), 40, null, null, '0504444444', 'NO ANSWER'],
    ]);
    expect(calls[2]).toMatchObject({ answerAt: at('2026-03-02T09:20:08'), endAt: at('2026-03-02T09:24:20') });
    // 10 rows: 4 calls, and 6 legs beyond each call's first.
    expect(merged(items)).toBe(10 - 4);
  });

  it('recognises every stock cdr_csv layout without flags: with or without uniqueid and userfield, with or without newcdrcolumns', async () => {
    const rows = (parse(fileText(LINKED)) as string[][]).slice(0, 2);
    // Columns 16 and 17 are uniqueid and userfield; 18–20 are newcdrcolumns' peeraccount, linkedid, sequence.
    for (const uniqueid of [true, false]) {
      for (const userfield of [true, false]) {
        for (const newColumns of [true, false]) {
          const keep = (index: number) => index < 16 || (index === 16 && uniqueid) || (index === 17 && userfield) || (index >= 18 && newColumns);
          const text = rows.map((fields) => fields.filter((_, index) => keep(index)).map((field) => `"${field.replace(/"/g, '""')}"`).join(',')).join('\n') + '\n';
          const label = `uniqueid ${uniqueid}, userfield ${userfield}, newcdrcolumns ${newColumns}`;
          expect(asteriskCdr.detect(text, 'Master.csv'), label).toBeGreaterThan(genericReader.detect(text, 'Master.csv'));
          const calls = callsOf(await readAll(asteriskCdr, textInput(text)));
          // Without a uniqueid or linkedid the two legs cannot be told to be one call.
          const grouped = uniqueid || newColumns;
          expect(calls.map((call) => [call.outcome, call.waitS, call.talkS, call.agent]), label).toEqual(
            grouped ? [['answered', 12, 120, '206']] : [['abandoned', 12, null, null], ['answered', 12, 120, '206']],
          );
        }
      }
    }
  });

  it('counts a call answered only by a voice menu (no destination channel) as not answered by anyone', async () => {
    const row = '"","0509999999","100","ivr","","SIP/trunk-1","","Playback","welcome","2026-03-02 11:00:00","2026-03-02 11:00:01","2026-03-02 11:00:31",31,30,"ANSWERED","DOCUMENTATION","1772449200.1","","","1772449200.1",1';
    const [call] = callsOf(await readAll(asteriskCdr, textInput(`${row}\n`)));
    expect(call).toMatchObject({ outcome: 'abandoned', waitS: 31, agent: null, ending: 'ANSWERED' });
  });
});

describe('asterisk-cdr: a web interface export with display names (fixtures/asterisk-cdr-web/expected.md)', () => {
  it('is detected before the generic reader and reads one row per leg', async () => {
    const text = fileText(WEB);
    expect(asteriskCdr.detect(text, 'cdr-report.csv')).toBeGreaterThan(genericReader.detect(text, 'cdr-report.csv'));
    const items = await readAll(asteriskCdr, fileInput(WEB));
    expect(callsOf(items).map((call) => [call.sourceKey, call.outcome, call.waitS, call.talkS, call.agent, call.ending])).toEqual([
      ['acdr:1772532000.21', 'answered', 15, 180, '202', 'ANSWERED'],
      ['acdr:1772532600.22', 'abandoned', 30, null, null, 'NO ANSWER'],
      ['acdr:1772533200.23', 'abandoned', 2, null, null, 'BUSY'],
      ['acdr:1772533800.24', 'answered', 5, 300, '201', 'ANSWERED'],
    ]);
    expect(merged(items)).toBe(1);
  });
});

describe('asterisk-cdr: the cdr table as FreePBX exports it (database column names, calldate, no answer or end)', () => {
  it('takes the wait from duration − billsec and groups the legs by linkedid', async () => {
    const header = 'calldate,clid,src,dst,dcontext,channel,dstchannel,lastapp,lastdata,duration,billsec,disposition,amaflags,accountcode,uniqueid,userfield,did,recordingfile,cnum,cnam,outbound_cnum,outbound_cnam,dst_cnam,linkedid,peeraccount,sequence';
    const legs = [
      '2026-03-04 10:00:00,"""Ivy"" <0501212121>",0501212121,700,from-did,PJSIP/trunk-00000020,PJSIP/301-00000021,Dial,PJSIP/301,20,0,NO ANSWER,3,,1772618400.30,,700,,0501212121,Ivy,,,,1772618400.30,,30',
      '2026-03-04 10:00:20,"""Ivy"" <0501212121>",0501212121,700,from-did,PJSIP/trunk-00000020,PJSIP/302-00000022,Dial,PJSIP/302,75,60,ANSWERED,3,,1772618420.31,,700,out.wav,0501212121,Ivy,,,,1772618400.30,,31',
    ];
    const text = [header, ...legs].join('\n') + '\n';
    expect(asteriskCdr.detect(text, 'cdr.csv')).toBeGreaterThan(genericReader.detect(text, 'cdr.csv'));
    // Second leg: started 20 s after the first, answered 75 − 60 = 15 s later: the caller waited 35 s.
    expect(callsOf(await readAll(asteriskCdr, textInput(text)))).toMatchObject([
      { sourceKey: 'acdr:1772618400.30', outcome: 'answered', arrivalAt: at('2026-03-04T10:00:00'), waitS: 35, talkS: 60, agent: '302', customer: '0501212121' },
    ]);
  });
});
