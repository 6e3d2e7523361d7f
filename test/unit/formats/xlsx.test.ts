import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { genericReader } from '../../../src/io/formats/generic.js';
import { xlsx } from '../../../src/io/formats/xlsx.js';
import { cellText } from '../../../src/io/formats/xlsx-cells.js';
import { FIXTURES, SHARED_DATA } from '../../helpers/bin.js';
import { callsOf, fileInput, readAll, readerOptions, textInput } from '../../helpers/reader-input.js';
import { readFileSync } from 'node:fs';

const FIXTURE = join(FIXTURES, 'xlsx', 'calls.xlsx');
const PWC = join(SHARED_DATA, 'pwc-call-centre-trends');
const at = (iso: string) => Date.parse(`${iso}Z`) / 1000;

describe('xlsx: fixtures/xlsx/calls.xlsx', () => {
  // fixtures/xlsx/expected.md works every value below out by hand from the serials.
  it('reads the first sheet like a CSV with a header, serials converted to the second', async () => {
    const calls = callsOf(await readAll(xlsx, fileInput(FIXTURE)));
    expect(calls.map((call) => [call.sourceKey, call.arrivalAt, call.outcome, call.waitS, call.talkS, call.csat, call.customer, call.agent])).toEqual([
      ['X1', at('2026-03-02T09:00:00'), 'answered', 12, 120, 5, '0501234567', 'Dana'],
      ['X2', at('2026-03-02T09:05:30'), 'abandoned', null, null, null, '0529876543', 'Eli'],
      ['X3', at('2026-03-02T09:11:00'), 'answered', 25, 5400, 4, '972501234567', 'Gil'],
      ['X6', at('2026-03-02T09:25:00'), 'abandoned', null, null, null, null, 'Tal'],
    ]);
  });

  it('rejects bad cells by row and column, and passes the header on', async () => {
    const items = await readAll(xlsx, fileInput(FIXTURE));
    expect(items[0]).toEqual({ kind: 'header', fields: ['Call Id', 'Agent', 'Start', 'Answered (Y/N)', 'Speed of answer in seconds', 'AvgTalkDuration', 'Satisfaction rating', 'Customer'] });
    expect(items.filter((item) => item.kind === 'reject').map((item) => [item.line, item.field])).toEqual([
      [6, 'Start'],
      [7, 'Speed of answer in seconds'],
    ]);
  });

  it('reads the sheet --sheet names, and names the sheets when it is missing', async () => {
    const calls = callsOf(await readAll(xlsx, fileInput(FIXTURE), readerOptions({ sheet: 'Archive' })));
    expect(calls.map((call) => [call.sourceKey, call.arrivalAt, call.waitS, call.talkS, call.csat])).toEqual([['A1', at('2026-03-02T08:00:00'), 7, 30, 2]]);
    await expect(readAll(xlsx, fileInput(FIXTURE), readerOptions({ sheet: 'Summary', label: 'calls.xlsx' }))).rejects.toThrow('calls.xlsx has no sheet "Summary"');
  });

  it('refuses a file that is not a workbook with one clear error', async () => {
    await expect(readAll(xlsx, textInput('PK\u0003\u0004 not really a zip'), readerOptions({ label: 'broken.xlsx' }))).rejects.toThrow('broken.xlsx is not a readable .xlsx workbook');
  });

  it('is detected from the zip signature of a workbook', () => {
    const sample = readFileSync(FIXTURE).subarray(0, 4096).toString('utf8');
    expect(xlsx.detect(sample, 'calls.xlsx')).toBeGreaterThan(0.95);
    expect(xlsx.detect('Call Id,Agent\n', 'calls.csv')).toBe(0);
  });
});

describe('xlsx cell values', () => {
  const day = (serial: number) => new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86_400_000));
  it('turns day fractions into clock text rounded to the second', () => {
    // 0.38400462962963 = 33178 s = 9:12:58; 0.5 s past rounds up.
    expect(cellText(day(33178 / 86400), 'h:mm:ss')).toBe('9:12:58');
    expect(cellText(day(33178.5 / 86400), 'h:mm:ss')).toBe('9:12:59');
    expect(cellText(day(46083), 'yyyy-mm-dd')).toBe('2026-03-02');
    expect(cellText(day(46083 + 0.75), 'yyyy-mm-dd hh:mm')).toBe('2026-03-02 18:00:00');
    expect(cellText(day(1.25), '[h]:mm:ss')).toBe('30:00:00');
    expect(cellText({ richText: [{ text: 'Da' }, { text: 'na' }] }, undefined)).toBe('Dana');
    expect(cellText({ formula: 'A1', result: 7 } as never, undefined)).toBe('7');
  });
});

describe('xlsx: the PwC Call Centre Trends workbook', () => {
  it('gives the same calls as its CSV export, with no --map', async () => {
    const fromXlsx = callsOf(await readAll(xlsx, fileInput(join(PWC, 'call-center-dataset.xlsx'))));
    const fromCsv = callsOf(await readAll(genericReader, fileInput(join(PWC, 'call-center-dataset.csv'))));
    expect(fromXlsx).toHaveLength(5000);
    expect(fromXlsx).toEqual(fromCsv);
  });
});
