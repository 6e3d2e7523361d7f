import { describe, expect, it } from 'vitest';
import { runCli, storePerTest } from '../helpers/cli.js';

const scratch = storePerTest({ now: '2026-12-02T12:00:00Z', timezone: 'UTC' });
const svc = (...args: string[]) => runCli(args, { env: scratch.env });
/** A value inside a Hebrew sentence: U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE. */
const i = (text: string | number) => `\u2068${text}\u2069`;

describe('a listening command that fails, in Hebrew', () => {
  it('names an unknown instrument and the known ones in Hebrew, labels included', async () => {
    expect(await svc('survey', 'run', 'nosuch', '--lang', 'he')).toEqual({
      code: 1,
      stdout: '',
      stderr: `שגיאה: אין שאלון בשם ${i('nosuch')}\nרמז: השאלונים הם: ${i('csat, nps, ces, servqual')}; שאלון חדש מגדירים עם ${i('svc survey define FILE')}\n`,
    });
  });

  it('speaks the store language setting when no --lang is given', async () => {
    expect((await svc('config', 'set', 'language', 'he', '--quiet')).code).toBe(0);
    expect(await svc('swot', 'show', 'latest')).toEqual({
      code: 1,
      stdout: '',
      stderr: `שגיאה: עדיין אין סקירת SWOT\nרמז: מתחילים סקירה עם ${i('svc swot')}\n`,
    });
  });

  it('refuses a review id that is not a number, and one that does not exist', async () => {
    expect((await svc('swot', 'show', 'x1', '--lang', 'he')).stderr).toBe(
      `שגיאה: ${i('x1')} אינו מזהה של סקירה\nרמז: מזהה הוא מספר שלם (או latest); ${i('svc swot list')} מציג את המזהים\n`,
    );
    expect((await svc('swot', 'diff', '1', '2', '--lang', 'he')).stderr).toBe(`שגיאה: אין סקירת SWOT מספר ${i(1)}\nרמז: ${i('svc swot list')} מציג את המזהים\n`);
  });

  it('refuses a follow-up that is not a response id', async () => {
    expect(await svc('survey', 'followups', '--close', 'abc', '--lang', 'he')).toEqual({
      code: 1,
      stdout: '',
      stderr: `שגיאה: ${i('abc')} שניתן ל־--close אינו מזהה של תשובה\nרמז: ${i('svc survey followups')} מציג את הפתוחות עם המזהים שלהן\n`,
    });
    expect((await svc('survey', 'followups', '--note', 'called', '--lang', 'he')).stderr).toBe(`שגיאה: ${i('--note')} הולך רק עם ${i('--close')}\n`);
  });

  it('keeps English, word for word, without --lang', async () => {
    expect(await svc('survey', 'run', 'nosuch')).toEqual({
      code: 1,
      stdout: '',
      stderr: 'Error: unknown instrument "nosuch"\nHint: instruments are: csat, nps, ces, servqual; define one with svc survey define FILE\n',
    });
  });
});
