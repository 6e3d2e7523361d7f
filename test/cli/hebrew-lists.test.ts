import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';

let dir: string;
let cleanup: () => void;
let db: string;
const env = () => ({ SVC_DB: db, SVC_NOW: '2026-12-02T12:00:00Z' });
const svc = (...args: string[]) => runCli(args, { env: env(), columns: 200 });

/** A plain table's cells: columns stand at least two spaces apart. */
const cells = (line: string | undefined) => (line ?? '').trim().split(/ {2,}/);

beforeEach(async () => {
  ({ dir, cleanup } = tempDir());
  db = join(dir, 'svc.db');
  expect((await svc('config', 'set', 'timezone', 'UTC')).code).toBe(0);
  await svc('focus', 'add', '--date', '2026-11-25', '--topic', 'Phone menu', '--participants', '8');
  await svc('focus', 'finding', '1', '--polarity', 'negative', 'Option 3 goes nowhere');
  await svc('event', 'add', '--from', '2026-11-10 09:00', '--to', '2026-11-10 11:00', '--kind', 'weather', 'Storm');
  await svc('idea', 'add', '--by', 'yossi', 'Call back within the hour');
  await svc('idea', 'decline', '1');
});
afterEach(() => cleanup());

describe('the listening lists in Hebrew', () => {
  it('head survey list, swot list, focus list, event list and idea list in Hebrew and name kinds, polarities and statuses', async () => {
    const surveys = (await svc('survey', 'list', '--lang', 'he')).stdout.split('\n');
    expect(cells(surveys[0])).toEqual(['מזהה', 'סוג', 'כותרת', 'פריטים', 'תשובות']);
    expect(cells(surveys.find((line) => line.startsWith('nps')))).toEqual(['nps', 'נכונות להמליץ (NPS)', 'מדד הממליצים נטו (NPS,\u200f 0–10)', '1', '0']);
    expect((await svc('swot', 'list', '--lang', 'he')).stdout).toBe('עדיין אין סקירות SWOT: התחילו אחת עם svc swot.\n');

    const focus = (await svc('focus', 'list', '--lang', 'he')).stdout.split('\n');
    expect(cells(focus[0])).toEqual(['קבוצה', 'תאריך', 'נושא', 'משתתפים', 'מזהה ממצא', 'כיוון', 'ממצא']);
    expect(cells(focus[1])).toEqual(['1', '2026-11-25', 'Phone menu', '8', '1', 'שלילי', 'Option 3 goes nowhere']);

    const events = (await svc('event', 'list', '--lang', 'he')).stdout.split('\n');
    expect(cells(events[0]).slice(0, 5)).toEqual(['מזהה', 'מ־', 'עד', 'סוג', 'מה קרה']);
    expect(cells(events[1]).slice(0, 5)).toEqual(['1', '2026-11-10 09:00', '2026-11-10 11:00', 'מזג אוויר', 'Storm']);

    const ideas = (await svc('idea', 'list', '--lang', 'he')).stdout.split('\n');
    expect(cells(ideas[0])).toEqual(['מזהה', 'הוצע ב־', 'מציע/ה', 'רעיון', 'מצב', 'הוחלט ב־', 'הוחלט על ידי', 'הערה']);
    expect(cells(ideas[1]).slice(2, 5)).toEqual(['yossi', 'Call back within the hour', 'נדחה']);
  });

  it('say an empty list in Hebrew, following the language setting', async () => {
    await svc('config', 'set', 'language', 'he');
    expect((await svc('idea', 'list', '--status', 'adopted')).stdout).toBe('לא נרשמו רעיונות: הוסיפו אחד עם svc idea add --by AGENT "…".\n');
    expect((await svc('event', 'list', '--from', '2026-12-01')).stdout).toBe('לא נרשמו אירועים חריגים בתקופה הזו: הוסיפו אחד עם svc event add.\n');
    expect((await svc('focus', 'list', '--from', '2026-12-01')).stdout).toBe('לא נרשמו קבוצות מיקוד: הוסיפו אחת עם svc focus add.\n');
  });

  it('keep CSV headers (the keys) and JSON keys and values in English whatever the language', async () => {
    expect((await svc('focus', 'list', '--lang', 'he', '--format', 'csv')).stdout.split('\n')[0]).toBe('group,date,topic,participants,finding_id,polarity,finding');
    expect(JSON.parse((await svc('idea', 'list', '--lang', 'he', '--format', 'json')).stdout)[0]).toMatchObject({ status: 'declined', author: 'yossi' });
    expect(JSON.parse((await svc('event', 'list', '--lang', 'he', '--format', 'json')).stdout)[0]).toMatchObject({ kind: 'weather', what: 'Storm' });
    expect(JSON.parse((await svc('survey', 'list', '--lang', 'he', '--format', 'json')).stdout)[1]).toEqual({ id: 'nps', kind: 'nps', title: 'מדד הממליצים נטו (NPS,\u200f 0–10)', items: 1, responses: 0 });
    expect((await svc('swot', 'list', '--lang', 'he', '--format', 'csv')).stdout).toBe('id,created_at,title,from,to,strengths,weaknesses,opportunities,threats,strategies\n');
  });
});
