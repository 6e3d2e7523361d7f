import { describe, expect, it } from 'vitest';
import { writeDraft } from '../../src/db/drafts.js';
import { openStore } from '../../src/db/open.js';
import { runCli, storePerTest } from '../helpers/cli.js';

const scratch = storePerTest({ now: '2026-12-02T12:00:00Z', timezone: 'UTC' });
const svc = (...args: string[]) => runCli(args, { env: scratch.env });
const i = (text: string | number) => `\u2068${text}\u2069`;

describe('a session without a terminal, in Hebrew', () => {
  it('says it needs one, naming --answers', async () => {
    expect(await svc('swot', '--lang', 'he')).toEqual({
      code: 1,
      stdout: '',
      stderr: `שגיאה: ${i('svc swot')} שואל שאלות וצריך מסוף; כדי להריץ אותו מסקריפט, תנו את התשובות עם \u200e--answers FILE.json\n`,
    });
  });
});

describe("a session's draft, in Hebrew", () => {
  it('says there is none to continue or drop, and that --resume and --discard do not go together, in the asked language', async () => {
    expect(await svc('survey', 'run', 'nps', '--resume', '--lang', 'he')).toEqual({
      code: 1,
      stdout: '',
      stderr: `שגיאה: אין טיוטה של ${i('svc survey run nps')} להמשיך\nרמז: התחילו חדשה עם ${i('svc survey run nps')}\n`,
    });
    expect(await svc('survey', 'run', 'nps', '--resume')).toEqual({
      code: 1,
      stdout: '',
      stderr: 'Error: there is no draft of svc survey run nps to continue\nHint: start a new one with svc survey run nps\n',
    });
    expect((await svc('swot', '--discard', '--lang', 'he')).stderr).toBe(`שגיאה: אין טיוטה של ${i('svc swot')} למחוק\n`);
    expect((await svc('swot', '--resume', '--discard', '--lang', 'he')).stderr).toBe('שגיאה: \u200e--resume ו־\u200e--discard לא יכולים לבוא יחד\n');
  });

  it('refuses a new session while a draft waits, and drops it in the language it was started in', async () => {
    const store = openStore(scratch.db);
    // Two answers (customer and call) given at 2026-12-02 11:30 UTC in a Hebrew session.
    writeDraft(store, { kind: 'survey:nps', started: { lang: 'he', repeat: false, respondent: 1 }, answers: [['customer', '0501'], ['call', '']], savedAt: Date.parse('2026-12-02T11:30:00Z') / 1000 });
    store.close();
    expect(await svc('survey', 'run', 'nps', '--lang', 'he')).toEqual({
      code: 1,
      stdout: '',
      stderr: `שגיאה: ${i('svc survey run nps')} שהופסק השאיר טיוטה של ${i(2)} תשובות, שנשמרה ב־${i('2026-12-02 11:30')}\nרמז: ${i('svc survey run nps')} \u200e--resume ממשיך אותה; ${i('svc survey run nps')} \u200e--discard מוחק אותה\n`,
    });
    expect(await svc('survey', 'run', 'nps', '--discard')).toEqual({ code: 0, stdout: '', stderr: `הטיוטה של svc survey run ${i('nps')} שנשמרה ב־${i('2026-12-02 11:30')} נמחקה (${i(2)} תשובות).\n` });
  });
});
