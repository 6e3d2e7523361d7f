import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/db/open.js';
import { writeSetting } from '../../src/db/settings.js';
import { writeTarget } from '../../src/db/targets.js';
import { tempDir } from '../helpers/cli.js';
import { sqlRows } from '../helpers/store-file.js';
import { storeCalls } from '../helpers/report-calls.js';
import { TmuxTerminal } from '../helpers/tmux.js';

let dir: string;
let cleanup: () => void;
let db: string;
const terminals: TmuxTerminal[] = [];

beforeEach(() => {
  ({ dir, cleanup } = tempDir('svc-sessions-'));
  db = join(dir, 'svc.db');
  const store = openStore(db);
  writeSetting(store, 'timezone', 'UTC');
  store.close();
});
afterEach(() => {
  for (const terminal of terminals.splice(0)) terminal.close();
  cleanup();
});

const sql = <T>(query: string, ...params: unknown[]): T[] => sqlRows<T>(db, query, ...params);
const open = (args: string[], env: Record<string, string> = {}) => {
  const terminal = new TmuxTerminal(args, { cwd: dir, env: { SVC_DB: db, SVC_NOW: '2026-12-02T12:00:00Z', ...env } });
  terminals.push(terminal);
  return terminal;
};
/** A value in a Hebrew message, isolated so that it keeps its own direction. */
const iso = (text: string) => `\u2068${text}\u2069`;

describe('sessions with a way back, on a real terminal', () => {
  it('a Hebrew NPS survey: a step back from the score to the call id, a call id and a score refused in Hebrew, the review with a change, and what was stored', async () => {
    const terminal = open(['survey', 'run', 'nps', '--lang', 'he']);
    const customer = 'לקוח (טלפון או מספר חשבון) (לא חובה, Enter לדילוג)';
    const call = 'מזהה שיחה (לא חובה, Enter לדילוג)';
    const score = 'מה הסיכוי שתמליצו עלינו לחבר או לעמית? (0 = בכלל לא סביר … 10 = סביר מאוד)';
    await terminal.waitFor('הקלידו < ו-Enter כדי לחזור שאלה אחת אחורה');
    await terminal.answer(customer, '0501234567');
    await terminal.waitFor(`? ${call}`);
    terminal.type('C-1');
    // The store has no call C-1: refused in Hebrew, then left empty.
    await terminal.waitFor(`אין במאגר שיחה ${iso('"C-1"')}`);
    terminal.press('BSpace', 'BSpace', 'BSpace');
    terminal.type('');
    await terminal.waitFor(`✔ ${call}`);
    await terminal.waitFor(`? ${score}`);
    terminal.type('<');
    // The step back is on the screen as it was typed, and the call id is asked again.
    await terminal.waitFor(`✔ ${score} <`);
    await terminal.waitFor(`? ${call}`);
    terminal.type('');
    await terminal.waitFor(`✔ ${call}`, 2);
    await terminal.waitFor(`? ${score}`);
    terminal.type('11');
    await terminal.waitFor(`הערך חייב להיות מספר שלם מ-${iso('0')} עד ${iso('10')}`);
    terminal.press('BSpace', 'BSpace');
    terminal.type('6');
    await terminal.waitFor(`✔ ${score} 6`);
    await terminal.answer('יש עוד משהו שתרצו לספר לנו? (לא חובה, Enter לדילוג)', 'המתנה ארוכה מדי');
    await terminal.waitFor('? התשובות שלכם — שמרו אותן, או בחרו אחת כדי לשנות אותה:');
    await terminal.waitFor(`❯ שמירה`);
    await terminal.waitFor(`  ${iso(score)}: ${iso('6')}`);
    // Down to the score, change it to 7, then save.
    terminal.press('Down', 'Down', 'Down', 'Enter');
    await terminal.waitFor(`? ${score}`);
    terminal.type('7');
    await terminal.waitFor(`✔ ${score} 7`);
    // The answer picked, cut to the width of the terminal.
    await terminal.waitFor(`✔ התשובות שלכם — שמרו אותן, או בחרו אחת כדי לשנות אותה: \u2068${score.slice(0, 40)}`);
    await terminal.waitFor('? התשובות שלכם');
    terminal.press('Enter');
    await terminal.waitFor('[exit 0]');
    expect(terminal.screen()).toContain(`נשמרה תשובה ${iso('1')} לסקר ${iso('nps')}.`);
    expect(sql('SELECT r.customer, r.call_key, r.comment, r.lang, a.item, a.value FROM survey_responses r JOIN survey_answers a ON a.response_id = r.id')).toEqual([
      { customer: '0501234567', call_key: null, comment: 'המתנה ארוכה מדי', lang: 'he', item: 'nps', value: 7 },
    ]);
    expect(sql('SELECT kind FROM session_drafts')).toEqual([]);
  });

  it('a survey campaign killed (SIGKILL) in the middle of a respondent: the finished one is stored, --resume asks the rest of the other', async () => {
    const first = open(['survey', 'run', 'nps', '--repeat', '--lang', 'en']);
    const score = 'How likely are you to recommend us to a friend or colleague? (0 = not at all likely … 10 = extremely likely)';
    await first.answer('Customer (phone or account) (optional, Enter to skip)', '0501111111');
    await first.answer('Call id (optional, Enter to skip)', '');
    await first.answer(score, '9');
    await first.answer('Anything else you would like to tell us? (optional, Enter to skip)', '');
    await first.answer('Your answers — save them, or pick one to change it:', '');
    await first.answer('Another respondent? (y/n, Enter for Yes)', 'y');
    await first.answer('Customer (phone or account) (optional, Enter to skip)', '0502222222');
    await first.waitFor('? Call id (optional, Enter to skip)');
    process.kill(first.commandPid(), 'SIGKILL');
    await first.waitFor('[exit 137]');
    expect(sql('SELECT customer FROM survey_responses')).toEqual([{ customer: '0501111111' }]);
    const second = open(['survey', 'run', 'nps', '--resume']);
    await second.waitFor('Continuing the draft saved 2026-12-02 12:00: 1 answer kept.');
    await second.waitFor('Respondent 2');
    await second.answer('Call id (optional, Enter to skip)', '');
    await second.answer(score, '4');
    await second.answer('Anything else you would like to tell us? (optional, Enter to skip)', 'Too slow');
    await second.answer('Your answers — save them, or pick one to change it:', '');
    await second.answer('Another respondent? (y/n, Enter for Yes)', 'n');
    await second.waitFor('[exit 0]');
    expect(second.screen()).not.toContain('? Customer (phone or account)');
    expect(sql('SELECT r.customer, r.comment, a.value FROM survey_responses r JOIN survey_answers a ON a.response_id = r.id ORDER BY r.id')).toEqual([
      { customer: '0501111111', comment: null, value: 9 },
      { customer: '0502222222', comment: 'Too slow', value: 4 },
    ]);
    expect(sql('SELECT kind FROM session_drafts')).toEqual([]);
  });

  it('a SWOT whose terminal is lost keeps its answers as a draft; --resume asks only the rest and saves it all', async () => {
    // November: 10 answered calls, 2 within 20 s → service level 20% against >= 80%: a proposed weakness.
    const store = openStore(db);
    storeCalls(store, [5, 10, 30, 30, 30, 30, 30, 30, 30, 30].map((wait, i) => ({ id: `c${i}`, at: '2026-11-10T10:00:00Z', outcome: 'answered' as const, wait })));
    writeTarget(store, { kpi: 'service_level', op: '>=', value: 0.8 }, '2026-01-01T00:00:00Z');
    store.close();
    const first = open(['swot', '--from', '2026-11-01', '--to', '2026-11-30']);
    await first.answer('Title of the review', 'Lost and found');
    await first.answer('Keep this weakness?', '');
    await first.answer('A strength to add?', 'Friendly agents');
    await first.answer('Importance (1–5)', '4');
    await first.waitFor('? Note (optional, Enter to skip)');
    // The terminal goes away in the middle of a question: the process is hung up on.
    first.close();
    expect(sql<{ kind: string; answers: string }>('SELECT kind, answers FROM session_drafts')).toEqual([
      {
        kind: 'swot',
        answers: JSON.stringify([
          ['title', 'Lost and found'],
          ['proposals.target-service_level.action', 'accept'],
          ['items.strength.0.text', 'Friendly agents'],
          ['items.strength.0.importance', 4],
        ]),
      },
    ]);
    const refused = open(['swot']);
    await refused.waitFor('[exit 1]');
    expect(refused.screen()).toContain('Error: an interrupted svc swot left a draft of 4 answers, saved 2026-12-02 12:00');
    expect(refused.screen()).toContain('Hint: svc swot --resume continues it; svc swot --discard drops it');
    const second = open(['swot', '--resume'], { SVC_NOW: '2026-12-02T12:30:00Z' });
    await second.waitFor('Continuing the draft saved 2026-12-02 12:00: 4 answers kept.');
    await second.answer('Note (optional, Enter to skip)', 'praised in the survey');
    await second.answer('Another strength?', '');
    await second.answer('A weakness to add?', '');
    await second.answer('An opportunity to add?', '');
    await second.answer('A threat to add?', '');
    await second.answer('Your answers — save them, or pick one to change it:', '');
    await second.waitFor('[exit 0]');
    expect(second.screen()).not.toContain('? Title of the review');
    expect(second.screen()).toContain('Saved SWOT review 1: 1 S, 1 W, 0 O, 0 T; 0 strategies.');
    expect(sql('SELECT r.title, r.from_day, r.to_day, i.quadrant, i.text, i.importance, i.note FROM swot_items i JOIN swot_reviews r ON r.id = i.review_id ORDER BY i.quadrant')).toEqual([
      { title: 'Lost and found', from_day: '2026-11-01', to_day: '2026-11-30', quadrant: 'strength', text: 'Friendly agents', importance: 4, note: 'praised in the survey' },
      { title: 'Lost and found', from_day: '2026-11-01', to_day: '2026-11-30', quadrant: 'weakness', text: 'Misses its service level target (20% against the target >= 80%)', importance: 4, note: null },
    ]);
    expect(sql('SELECT kind FROM session_drafts')).toEqual([]);
  });
});
