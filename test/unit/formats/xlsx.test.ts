import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { genericReader } from '../../../src/io/formats/generic.js';
import { xlsx } from '../../../src/io/formats/xlsx.js';
import { numberCellText } from '../../../src/io/formats/xlsx/cell-text.js';
import { formatCodeKind } from '../../../src/io/formats/xlsx/number-formats.js';
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

describe('xlsx number cells', () => {
  it('turns date serials into the text a CSV would hold, rounded to the second', () => {
    // 33178 s = 9:12:58; half a second past rounds up.
    expect(numberCellText(33178 / 86400, 'date', false)).toBe('9:12:58');
    expect(numberCellText(33178.5 / 86400, 'date', false)).toBe('9:12:59');
    // 46083 days after 1899-12-30 is 2026-03-02; 0.75 of a day is 18:00.
    expect(numberCellText(46083, 'date', false)).toBe('2026-03-02');
    expect(numberCellText(46083.75, 'date', false)).toBe('2026-03-02 18:00:00');
    // 44621 days after 1904-01-01 is the same day.
    expect(numberCellText(44621.75, 'date', true)).toBe('2026-03-02 18:00:00');
    // An elapsed format counts hours past 24: 1.25 days = 30 hours.
    expect(numberCellText(1.25, 'elapsed', false)).toBe('30:00:00');
    expect(numberCellText(972501234567, 'number', false)).toBe('972501234567');
  });

  it('tells date, elapsed and plain number formats apart by their codes', () => {
    expect(['yyyy-mm-dd hh:mm:ss', 'h:mm AM/PM', 'd-mmm', '[$-409]m/d/yy', 'mm:ss'].map(formatCodeKind)).toEqual(['date', 'date', 'date', 'date', 'date']);
    expect(['[h]:mm:ss', '[mm]:ss', '[Red][h]:mm'].map(formatCodeKind)).toEqual(['elapsed', 'elapsed', 'elapsed']);
    expect(['General', '0.00', '#,##0 "days"', '0\\ \\s', '[Red]0.0;[Blue]-0.0', '@'].map(formatCodeKind)).toEqual(['number', 'number', 'number', 'number', 'number', 'number']);
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
