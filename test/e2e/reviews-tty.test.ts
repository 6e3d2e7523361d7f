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
let terminal: TmuxTerminal | undefined;

beforeEach(() => {
  ({ dir, cleanup } = tempDir('svc-tty-'));
  db = join(dir, 'svc.db');
  const store = openStore(db);
  writeSetting(store, 'timezone', 'UTC');
  store.close();
});
afterEach(() => {
  terminal?.close();
  terminal = undefined;
  cleanup();
});

const sql = <T>(query: string, ...params: unknown[]): T[] => sqlRows<T>(db, query, ...params);

describe('interactive sessions on a real terminal', () => {
  it('svc survey run --repeat: two respondents typed in, a wrong score corrected, the third abandoned with Ctrl-C', async () => {
    terminal = new TmuxTerminal(['survey', 'run', 'nps', '--repeat'], { cwd: dir, env: { SVC_DB: db, SVC_NOW: '2026-11-20T10:00:00Z' } });
    const nps = 'How likely are you to recommend us to a friend or colleague?';
    await terminal.answer('Customer (phone or account)', '0501234567');
    await terminal.answer('Call id', '');
    await terminal.waitFor(`? ${nps}`);
    terminal.type('11');
    await terminal.waitFor('Value must be a whole number from 0 to 10');
    terminal.press('BSpace', 'BSpace');
    terminal.type('9');
    await terminal.waitFor(`✔ ${nps}`);
    await terminal.answer('Anything else you would like to tell us?', 'Quick and kind');
    await terminal.answer('Your answers — save them, or pick one to change it:', '');
    await terminal.answer('Another respondent?', 'y');
    await terminal.waitFor('Respondent 2');
    await terminal.answer('Customer (phone or account)', '');
    await terminal.answer('Call id', '');
    await terminal.answer(nps, '3');
    await terminal.answer('Anything else you would like to tell us?', '');
    await terminal.answer('Your answers — save them, or pick one to change it:', '');
    await terminal.answer('Another respondent?', '');
    await terminal.waitFor('Respondent 3');
    await terminal.answer('Customer (phone or account)', '0509999999');
    terminal.press('C-c');
    await terminal.waitFor('[exit 130]');
    expect(terminal.screen()).toContain('Interrupted: kept 2 responses to nps; the one in progress is a draft: --resume continues it, --discard drops it.');
    expect(sql('SELECT r.customer, r.comment, r.lang, a.item, a.value FROM survey_responses r JOIN survey_answers a ON a.response_id = r.id ORDER BY r.id')).toEqual([
      { customer: '0501234567', comment: 'Quick and kind', lang: 'en', item: 'nps', value: 9 },
      { customer: null, comment: null, lang: 'en', item: 'nps', value: 3 },
    ]);
  });

  it('svc swot: the evidence shown, a proposal kept, items added, a strategy written and followed as a commitment', async () => {
    // November: 10 answered calls, 2 within 20 s → service level 20% against >= 80%: a proposed weakness.
    const store = openStore(db);
    storeCalls(store, [5, 10, 30, 30, 30, 30, 30, 30, 30, 30].map((wait, i) => ({ id: `c${i}`, at: '2026-11-10T10:00:00Z', outcome: 'answered' as const, wait })));
    writeTarget(store, { kpi: 'service_level', op: '>=', value: 0.8 }, '2026-01-01T00:00:00Z');
    store.close();
    terminal = new TmuxTerminal(['swot', '--from', '2026-11-01', '--to', '2026-11-30'], { cwd: dir, env: { SVC_DB: db, SVC_NOW: '2026-12-02T12:00:00Z' } });
    await terminal.waitFor('  - service level: 20% against the target >= 80%, missed');
    await terminal.answer('Title of the review', 'Pane review');
    await terminal.waitFor('1 of 1 · Proposed weakness (importance 4): Misses its service level target (20% against the target >= 80%)');
    await terminal.answer('Keep this weakness?', '');
    await terminal.answer('A strength to add?', 'Friendly agents');
    await terminal.answer('Importance (1–5)', '4');
    await terminal.answer('Note (optional, Enter to skip)', '');
    await terminal.answer('Another strength?', '');
    await terminal.answer('A weakness to add?', '');
    await terminal.answer('An opportunity to add?', 'Customers ask for chat');
    await terminal.answer('Importance (1–5)', '3');
    await terminal.answer('Likelihood (1–5)', '4');
    await terminal.answer('Note (optional, Enter to skip)', 'heard at the front desk');
    await terminal.answer('Another opportunity?', '');
    await terminal.answer('A threat to add?', '');
    // Pairs after "no more strategies": S1 (4) × O1 (3 × 4 / 5 = 2.4) and W1 (4) × O1, both 9.6, S1 first.
    await terminal.waitFor('? Write a strategy for which pair?');
    await terminal.waitFor('SO S1 × O1 (9.6): Friendly agents / Customers ask for chat');
    terminal.press('Down');
    terminal.press('Enter');
    await terminal.answer('SO strategy: how to use the strength to take the opportunity?', 'Open a chat line run by the friendliest agents');
    await terminal.answer('Owner (optional, Enter to skip)', 'dana');
    await terminal.answer('Due date (YYYY-MM-DD, optional)', '2027-03-31');
    await terminal.answer('Follow it as an organisational commitment (svc check reports it when overdue)?', 'y');
    await terminal.answer('Another strategy, for which pair?', '');
    await terminal.answer('Your answers — save them, or pick one to change it:', '');
    await terminal.waitFor('[exit 0]');
    expect(terminal.screen()).toContain('Saved SWOT review 1: 1 S, 1 W, 1 O, 0 T; 1 strategy (followed as commitment 1). See it with: svc swot show 1');
    expect(sql('SELECT quadrant, text, importance, likelihood, note, origin FROM swot_items ORDER BY quadrant, position')).toEqual([
      { quadrant: 'opportunity', text: 'Customers ask for chat', importance: 3, likelihood: 4, note: 'heard at the front desk', origin: 'added' },
      { quadrant: 'strength', text: 'Friendly agents', importance: 4, likelihood: null, note: null, origin: 'added' },
      { quadrant: 'weakness', text: 'Misses its service level target (20% against the target >= 80%)', importance: 4, likelihood: null, note: null, origin: 'proposed' },
    ]);
    expect(sql('SELECT r.title, s.kind, s.text, s.owner, s.due_day, s.commitment_id FROM swot_strategies s JOIN swot_reviews r ON r.id = s.review_id')).toEqual([
      { title: 'Pane review', kind: 'SO', text: 'Open a chat line run by the friendliest agents', owner: 'dana', due_day: '2027-03-31', commitment_id: 1 },
    ]);
    expect(sql('SELECT customer, owner, due_at FROM commitments')).toEqual([{ customer: null, owner: 'dana', due_at: Date.parse('2027-04-01T00:00:00Z') / 1000 - 1 }]);
  });
});
