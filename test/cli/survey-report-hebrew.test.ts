import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/bin.js';
import { runCli, tempDir } from '../helpers/cli.js';

let dir: string;
let cleanup: () => void;
let db: string;
const env = () => ({ SVC_DB: db, SVC_NOW: '2026-12-02T12:00:00Z' });
const NOVEMBER = ['--from', '2026-11-01', '--to', '2026-11-30'];
/** U+2068 … U+2069 around every value put into a Hebrew message. */
const iso = (text: string | number) => `\u2068${text}\u2069`;

beforeEach(async () => {
  ({ dir, cleanup } = tempDir());
  db = join(dir, 'svc.db');
  expect((await runCli(['config', 'set', 'timezone', 'UTC'], { env: env() })).code).toBe(0);
  // See fixtures/reviews/README.md: seven good answers in November, 10 9 7 | 6 8 | 0 | 9 by week.
  const imported = await runCli(['survey', 'import', join(FIXTURES, 'reviews', 'nps-web-form.csv'), '--instrument', 'nps', '--map', 'nps=How likely are you to recommend us?'], { env: env() });
  expect(imported.code).toBe(0);
});
afterEach(() => cleanup());

describe('svc survey report in Hebrew', () => {
  it('heads, names and notes everything in Hebrew, its values isolated, by --lang or by the language setting', async () => {
    // Widths by hand (isolates take no column): group 5 (קבוצה), responses 6 (תשובות), promoters 12, passives 10,
    // detractors 11, NPS 8 (ציון NPS), margin 14 (the cell מעט מדי תשובות); 66 + 6 gaps of 4 = 90 columns.
    const expected = [
      `דוח סקרים ${iso('2026-11-01')} עד ${iso('2026-11-30')} (${iso('UTC')})`,
      '',
      `סקר ${iso('nps')}: ${iso('מדד הממליצים נטו (NPS,\u200f 0–10)')}`,
      '',
      `קבוצה    תשובות    ממליצים 9–10    אדישים 7–8    מלעיזים 0–6    ציון NPS    ${' '.repeat(7)}± (95%)`,
      `הכול${' '.repeat(10)}7${' '.repeat(15)}3${' '.repeat(13)}2${' '.repeat(14)}2${' '.repeat(8)}14.3    מעט מדי תשובות`,
      '',
      `מעט מדי תשובות (פחות מ־${iso(30)}) כדי לסמוך על הציון, ולכן אין מרווח טעות ואין שינוי: ${iso(`${iso('הכול')} (${iso(7)})`)}.`,
      '',
    ].join('\n');
    const byFlag = await runCli(['survey', 'report', 'nps', ...NOVEMBER, '--lang', 'he'], { env: env(), columns: 120 });
    expect(byFlag).toEqual({ code: 0, stdout: expected, stderr: '' });
    expect((await runCli(['config', 'set', 'language', 'he'], { env: env() })).code).toBe(0);
    expect((await runCli(['survey', 'report', 'nps', ...NOVEMBER], { env: env(), columns: 120 })).stdout).toBe(expected);
    // Data for programs keeps its keys, and carries no isolates.
    const csv = (await runCli(['survey', 'report', 'nps', ...NOVEMBER, '--format', 'csv'], { env: env() })).stdout;
    expect(csv.split('\n').slice(0, 2)).toEqual(['instrument,group,measure,value', 'nps,all,responses,7']);
    expect(csv).not.toMatch(/[\u2066-\u2069]/);
  });

  it('says in Hebrew where the answers are when the period has none', async () => {
    const result = await runCli(['survey', 'report', '--from', '2026-10-01', '--to', '2026-10-31', '--lang', 'he'], { env: env() });
    expect(result).toEqual({
      code: 0,
      stdout: `דוח סקרים ${iso('2026-10-01')} עד ${iso('2026-10-31')} (${iso('UTC')})\n\nאין תשובות לסקרים בתקופה הזו.\n`,
      // r1 on 2026-11-02 … r9 on 2026-11-28: seven answers.
      stderr: `יש ${iso(7)} תשובות לסקר ${iso('nps')}, מ־${iso('2026-11-02')} עד ${iso('2026-11-28')}: ${iso('svc survey report nps --from 2026-11-02 --to 2026-11-28')}\n`,
    });
  });
});

describe('svc survey followups and responses in Hebrew', () => {
  it('heads the columns and names the bands in Hebrew; json keeps keys and bands', async () => {
    // The detractors of the fixture, oldest first: r4 (6) is response 4, r7 (0) response 6 (r6 and r8 were rejected).
    // Widths: 4 (מזהה), 16 (the time), 3, 10, 4 (שיחה), 4 (ציון), 5, 18, 15 (טופל (התחייבות)).
    const pad = (text: string, width: number) => text + ' '.repeat(width - text.length);
    const result = await runCli(['survey', 'followups', '--lang', 'he'], { env: env(), columns: 120 });
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        ['מזהה', pad('נענה ב', 16), 'סקר', pad('לקוח', 10), 'שיחה', 'ציון', 'קבוצה', pad('הערה', 18), 'טופל (התחייבות)'].join('    '),
        ['   4', '2026-11-09 16:45', 'nps', '0504444444', 'C-4 ', '   6', 'מלעיז', 'Waited too long'].join('    '),
        ['   6', '2026-11-20 08:05', 'nps', '0507777777', 'C-5 ', '   0', 'מלעיז', 'Nobody called back'].join('    '),
        '',
      ].join('\n'),
    });
    // Local ISO instants with their offset, as every ledger's JSON gives them.
    const json = JSON.parse((await runCli(['survey', 'responses', '--band', 'detractor', '--lang', 'he', '--format', 'json', ...NOVEMBER], { env: env() })).stdout);
    expect(json.map((row: { id: number; band: string; responded_at: string }) => [row.id, row.band, row.responded_at])).toEqual([
      [6, 'detractor', '2026-11-20T08:05:00+00:00'],
      [4, 'detractor', '2026-11-09T16:45:00+00:00'],
    ]);
    expect((await runCli(['survey', 'responses', '--from', '2026-10-01', '--to', '2026-10-31', '--lang', 'he'], { env: env() })).stdout).toBe(
      'אין תשובות מתאימות בתקופה הזו: svc survey list מראה כמה תשובות יש לכל סקר.\n',
    );
  });
});

describe('svc survey report --trend', () => {
  it('adds each week of the period, cut to the period, in the week the store starts on', async () => {
    expect((await runCli(['config', 'set', 'week_start', 'sunday'], { env: env() })).code).toBe(0);
    const table = (await runCli(['survey', 'report', 'nps', ...NOVEMBER, '--trend'], { env: env(), columns: 120 })).stdout.split('\n');
    const at = table.indexOf('Week by week');
    // Weeks from Sunday: 1–7 Nov holds 10, 9, 7 → (2 − 0) / 3 = 66.7; 8–14 holds 6, 8 → (0 − 1) / 2 = −50;
    // 15–21 holds 0 → −100; 22–28 holds 9 → 100; 29–30 (the period's end) none.
    expect(table.slice(at + 1, at + 7).map((line) => line.split(/\s{2,}/))).toEqual([
      ['week', 'responses', 'NPS', '± (95%)'],
      ['2026-11-01 to 2026-11-07', '3', '66.7', 'too few answers'],
      ['2026-11-08 to 2026-11-14', '2', '-50.0', 'too few answers'],
      ['2026-11-15 to 2026-11-21', '1', '-100.0', 'too few answers'],
      ['2026-11-22 to 2026-11-28', '1', '100.0', 'too few answers'],
      ['2026-11-29 to 2026-11-30', '0', '-', '-'],
    ]);
    const json = JSON.parse((await runCli(['survey', 'report', 'nps', ...NOVEMBER, '--trend', '--format', 'json'], { env: env() })).stdout);
    expect(json.instruments[0].trend.map((week: { week: string; from: string; to: string; summary: { n: number } }) => [week.week, week.from, week.to, week.summary.n])).toEqual([
      ['2026-11-01', '2026-11-01', '2026-11-07', 3],
      ['2026-11-08', '2026-11-08', '2026-11-14', 2],
      ['2026-11-15', '2026-11-15', '2026-11-21', 1],
      ['2026-11-22', '2026-11-22', '2026-11-28', 1],
      ['2026-11-29', '2026-11-29', '2026-11-30', 0],
    ]);
    const csv = (await runCli(['survey', 'report', 'nps', ...NOVEMBER, '--trend', '--format', 'csv'], { env: env() })).stdout.split('\n');
    expect(csv).toContain('nps,week:2026-11-08,detractors,1');
    // Without --trend, json has no trend.
    expect(JSON.parse((await runCli(['survey', 'report', 'nps', ...NOVEMBER, '--format', 'json'], { env: env() })).stdout).instruments[0].trend).toBeUndefined();
  });
});
