import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, storePerTest } from '../helpers/cli.js';

// Wednesday 2 December 2026, noon, on a store kept in UTC.
const scratch = storePerTest({ now: '2026-12-02T12:00:00Z', timezone: 'UTC' });
const svc = (...args: string[]) => runCli(args, { env: scratch.env });
const he = async (...args: string[]) => svc(...args, '--lang', 'he');

/** A value inside a Hebrew sentence: U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE. */
const i = (text: string | number) => `\u2068${text}\u2069`;

describe('what a write says, in Hebrew', () => {
  it('words commitments and their changes in Hebrew, with Hebrew days, months and lengths of time, values isolated', async () => {
    // Friday 4 December: Wednesday the 2nd plus two days.
    expect(await he('commit', 'add', '--customer', '0501', '--due', '2026-12-04', 'Refund')).toEqual({
      code: 0,
      stdout: `התחייבות #${i(1)} ל־${i('0501')}, לביצוע עד ${i('יום ו׳, 4 בדצמ׳ 23:59')}\n`,
      stderr: '',
    });
    // Due at the end of Monday 30 November, kept Wednesday at noon: 36 hours late, "1 d 12 h".
    await svc('commit', 'add', '--customer', '0502', '--due', '2026-11-30', '--at', '2026-11-29 10:00', 'Call back');
    expect((await he('commit', 'keep', '2')).stdout).toBe(`התחייבות #${i(2)} קוימה באיחור של ${i('1 ימ׳ 12 שע׳')}\n`);
    expect((await he('commit', 'keep', '1')).stdout).toBe(`התחייבות #${i(1)} קוימה בזמן\n`);
    // A due in another year says its year.
    // Tuesday 5 January 2027 is 34 days after Wednesday 2 December: a Tuesday, as is the 12th.
    await svc('commit', 'add', '--customer', '0503', '--due', '2027-01-05', 'Visit');
    expect((await he('commit', 'extend', '3', '--due', '2027-01-12', '--note', 'parts late')).stdout).toBe(`התחייבות #${i(3)} הוארכה עד ${i('יום ג׳, 12 בינו׳ 2027 23:59')} (במקור עד ${i('יום ג׳, 5 בינו׳ 2027 23:59')})\n`);
  });

  it('words complaints and their changes in Hebrew, the severity too', async () => {
    expect((await he('complaint', 'add', '--customer', '0501', '--category', 'Billing', '--severity', 'high', '--at', '2026-12-02 10:00', 'Charged twice')).stdout).toBe(
      `תלונה #${i(1)} מ־${i('0501')} (${i('Billing')}, ${i('גבוהה')}), התקבלה ${i('יום ד׳, 2 בדצמ׳ 10:00')}\n`,
    );
    // Received at 10:00, resolved at noon: two hours.
    expect((await he('complaint', 'resolve', '1', '--resolution', 'refunded')).stdout).toBe(`תלונה #${i(1)} נפתרה לאחר ${i('2 שע׳')}\n`);
  });

  it('words events, focus groups, findings, ideas and instruments in Hebrew', async () => {
    // Tuesday 10 November: eight days before Wednesday the 18th.
    expect((await he('event', 'add', '--from', '2026-11-10 09:00', '--to', '2026-11-10 11:00', '--kind', 'outage', 'Lines down')).stdout).toBe(
      `אירוע #${i(1)} (${i('תקלה')}) מ־${i('יום ג׳, 10 בנוב׳ 09:00')} עד ${i('יום ג׳, 10 בנוב׳ 11:00')}\n`,
    );
    expect((await he('focus', 'add', '--date', '2026-11-25', '--topic', 'Phone menu', '--participants', '8')).stdout).toBe(
      `קבוצת מיקוד #${i(1)} התקיימה ב־${i('2026-11-25')} בנושא ${i('Phone menu')}, ${i(8)} משתתפים\n`,
    );
    expect((await he('focus', 'finding', '1', '--polarity', 'negative', 'Option 3 goes nowhere')).stdout).toBe(`ממצא #${i(1)} (${i('שלילי')}) נוסף לקבוצת מיקוד #${i(1)}\n`);
    expect((await he('idea', 'add', '--by', 'yossi', 'Call back within the hour')).stdout).toBe(`רעיון #${i(1)} של ${i('yossi')}, הוצע\n`);
    expect((await he('idea', 'adopt', '1')).stdout).toBe(`רעיון #${i(1)} אומץ\n`);
    // The fixture asks 4 items in 1 dimension (counted from the file itself); the counted word follows its number, as in the plural.
    const file = join(process.cwd(), 'fixtures/reviews/after-visit.json');
    const definition = JSON.parse(readFileSync(file, 'utf8')) as { id: string; items: unknown[]; dimensions: unknown[] };
    expect([definition.items.length, definition.dimensions.length]).toEqual([4, 1]);
    expect((await he('survey', 'define', file)).stdout).toBe(`השאלון ${i(definition.id)} הוגדר: ${i('4 פריטים')}, ${i('1 ממד')}\n`);
  });

  it('follows the store language setting, which --lang overrides', async () => {
    await svc('config', 'set', 'language', 'he');
    expect((await svc('idea', 'add', '--by', 'dana', 'Shorter menu')).stdout).toBe(`רעיון #${i(1)} של ${i('dana')}, הוצע\n`);
    expect((await svc('idea', 'add', '--by', 'dana', 'Chat', '--lang', 'en')).stdout).toBe('Idea #2 by dana, proposed\n');
  });

  it('keeps --quiet and --format json the same in every language: the bare id, English keys, no isolates', async () => {
    expect(await he('idea', 'add', '--by', 'yossi', 'Call back', '--quiet')).toEqual({ code: 0, stdout: '1\n', stderr: '' });
    const json = (await he('event', 'add', '--from', '2026-11-10 09:00', '--to', '2026-11-10 11:00', '--kind', 'outage', 'Lines down', '--format', 'json')).stdout;
    expect(JSON.parse(json)).toEqual({ id: 1, kind: 'outage', from: '2026-11-10T09:00:00+00:00', to: '2026-11-10T11:00:00+00:00', what: 'Lines down' });
    expect(json).not.toMatch(/[\u2066-\u2069\u05d0-\u05ea]/);
  });
});
