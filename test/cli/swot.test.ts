import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/db/open.js';
import { writeSetting } from '../../src/db/settings.js';
import { insertResponses } from '../../src/db/surveys.js';
import { writeTarget } from '../../src/db/targets.js';
import { FIXTURES } from '../helpers/bin.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { jsonFile, sqlRows } from '../helpers/store-file.js';
import { storeCalls } from '../helpers/report-calls.js';

let dir: string;
let cleanup: () => void;
let db: string;
const env = (now = '2026-12-02T12:00:00Z') => ({ SVC_DB: db, SVC_NOW: now });
const NOVEMBER = ['--from', '2026-11-01', '--to', '2026-11-30'];

beforeEach(async () => {
  ({ dir, cleanup } = tempDir());
  db = join(dir, 'svc.db');
  expect((await runCli(['config', 'set', 'timezone', 'UTC'], { env: env() })).code).toBe(0);
});
afterEach(() => cleanup());

const sql = <T>(query: string, ...params: unknown[]): T[] => sqlRows<T>(db, query, ...params);

const answersFile = (document: unknown): string => jsonFile(dir, document);

/**
 * November: 10 answered calls, 2 of them within T = 20 s → service level 20%, against a target of
 * >= 80%: missed (a proposed weakness). NPS answers 9, 8, 7, 7, 3, six times over (30 answers,
 * the fewest a score is relied on with): NPS 0 (no proposal either way), 18 passives of 30
 * (≥ 30%: a proposed opportunity). October is empty, so no trend.
 */
function storeNovember(): void {
  const store = openStore(db);
  try {
    storeCalls(store, [5, 10, 30, 30, 30, 30, 30, 30, 30, 30].map((wait, i) => ({ id: `c${i}`, at: '2026-11-10T10:00:00Z', outcome: 'answered' as const, wait })));
    writeTarget(store, { kpi: 'service_level', op: '>=', value: 0.8 }, '2026-01-01T00:00:00Z');
    insertResponses(
      store,
      Array.from({ length: 6 }, () => [9, 8, 7, 7, 3]).flat().map((nps, i) => ({ instrument: 'nps', responseKey: `r${i}`, respondedAt: Date.parse('2026-11-20T10:00:00Z') / 1000, lang: 'en', customer: null, callKey: null, comment: null, source: 'test', answers: new Map([['nps', nps]]) })),
    );
  } finally {
    store.close();
  }
}

describe('svc swot', () => {
  it('refuses to start without a terminal and names the flag that makes it scriptable', async () => {
    expect(await runCli(['swot'], { env: env() })).toEqual({
      code: 1,
      stdout: '',
      stderr: 'Error: svc swot asks questions and needs a terminal; to run it from a script, give the answers with --answers FILE.json\n',
    });
  });

  it('runs a scripted review on the store’s evidence and keeps what it decided, a strategy as an organisational commitment', async () => {
    storeNovember();
    const result = await runCli(['swot', ...NOVEMBER, '--answers', join(FIXTURES, 'reviews', 'swot-answers.json')], { env: env() });
    expect(result).toEqual({
      code: 0,
      stdout: '1\n',
      stderr: 'Saved SWOT review 1: 1 S, 1 W, 1 O, 1 T; 2 strategies (followed as commitment 1). See it with: svc swot show 1\n',
    });
    expect(sql('SELECT title, from_day, to_day, created_at FROM swot_reviews')).toEqual([
      { title: 'November service review', from_day: '2026-11-01', to_day: '2026-11-30', created_at: '2026-12-02T12:00:00.000Z' },
    ]);
    expect(sql('SELECT quadrant, position, text, importance, likelihood, note, evidence_key, evidence, origin FROM swot_items ORDER BY id')).toEqual([
      { quadrant: 'strength', position: 1, text: 'Agents who know the products well', importance: 4, likelihood: null, note: null, evidence_key: null, evidence: null, origin: 'added' },
      {
        quadrant: 'weakness',
        position: 1,
        text: 'Misses its service level target (20% against the target >= 80%)',
        importance: 4,
        likelihood: null,
        note: null,
        evidence_key: 'target-service_level',
        evidence: 'service level: 20% against the target >= 80%, missed',
        origin: 'proposed',
      },
      {
        quadrant: 'opportunity',
        position: 1,
        text: 'Passive customers could become promoters with a follow-up call',
        importance: 4,
        likelihood: 3,
        note: 'see the November NPS',
        evidence_key: 'nps-passives',
        evidence: '18 of 30 respondents are passive (7–8)',
        origin: 'edited',
      },
      { quadrant: 'threat', position: 1, text: 'A competitor now answers within a minute', importance: 5, likelihood: 3, note: 'from their advertising', evidence_key: null, evidence: null, origin: 'added' },
    ]);
    expect(
      sql(`SELECT s.kind, f.quadrant AS first, t.quadrant AS second, s.text, s.owner, s.due_day, s.commitment_id, s.status
           FROM swot_strategies s JOIN swot_items f ON f.id = s.first_item JOIN swot_items t ON t.id = s.second_item ORDER BY s.id`),
    ).toEqual([
      { kind: 'WT', first: 'weakness', second: 'threat', text: 'Add two agents at the morning peak', owner: 'dana', due_day: '2027-01-31', commitment_id: 1, status: 'open' },
      { kind: 'SO', first: 'strength', second: 'opportunity', text: 'Senior agents call back every passive respondent', owner: null, due_day: null, commitment_id: null, status: 'open' },
    ]);
    expect(sql('SELECT customer, promise, owner, due_at FROM commitments')).toEqual([
      {
        customer: null,
        promise: 'WT strategy of SWOT review 1 (November service review), W1 × T1: Add two agents at the morning peak',
        owner: 'dana',
        // The end of the due day in the store's zone (UTC here).
        due_at: Date.parse('2027-02-01T00:00:00Z') / 1000 - 1,
      },
    ]);
  });

  it('leaves a followed strategy to svc check once it is overdue', async () => {
    storeNovember();
    await runCli(['swot', ...NOVEMBER, '--answers', join(FIXTURES, 'reviews', 'swot-answers.json')], { env: env() });
    const check = await runCli(['check', '--fail-on-breach'], { env: env('2027-02-03T09:00:00Z') });
    expect(check.code).toBe(2);
    // The check wraps long lines for e-mail: look for a piece of the promise that stays on one line.
    expect(check.stdout).toContain('review 1 (November service review), W1 × T1: Add two agents at the morning');
    expect((await runCli(['check', '--fail-on-breach'], { env: env('2027-01-30T09:00:00Z') })).stdout).not.toContain('Add two agents');
  });

  it('shows a review on one page: grid, strategies, evidence and notes', async () => {
    storeNovember();
    await runCli(['swot', ...NOVEMBER, '--answers', join(FIXTURES, 'reviews', 'swot-answers.json')], { env: env() });
    // A terminal wide enough for every line as it is; 80 columns below.
    const shown = await runCli(['swot', 'show', '1'], { env: env(), columns: 200 });
    expect(shown).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'SWOT review 1: November service review',
        '',
        'Made 2026-12-02 12:00 on the evidence of 2026-11-01 to 2026-11-30: 1 strength, 1 weakness, 1 opportunity, 1 threat; 2 TOWS strategies, 0 done.',
        '',
        // Plain columns: the widest cell, then four spaces.
        `${'Strengths'.padEnd('S1 (4) Agents who know the products well'.length + 4)}Weaknesses`,
        'S1 (4) Agents who know the products well    W1 (4) Misses its service level target (20% against the target >= 80%)',
        '',
        `${'Opportunities'.padEnd('O1 (4×3) Passive customers could become promoters with a follow-up call'.length + 4)}Threats`,
        'O1 (4×3) Passive customers could become promoters with a follow-up call    T1 (5×3) A competitor now answers within a minute',
        '',
        'Scores: (importance) for strengths and weaknesses, (importance×likelihood) for opportunities and threats, each 1–5.',
        '',
        'TOWS strategies',
        '',
        'strategy    pair       what                                                owner    due           outcome',
        'WT1         W1 × T1    Add two agents at the morning peak                  dana     2027-01-31    open (commitment 1)',
        'SO1         S1 × O1    Senior agents call back every passive respondent                           open',
        '',
        'Evidence and notes',
        '- W1: evidence: service level: 20% against the target >= 80%, missed',
        '- O1: evidence: 18 of 30 respondents are passive (7–8); note: see the November NPS',
        '- T1: note: from their advertising',
        '',
      ].join('\n'),
    });
    const narrow = (await runCli(['swot', 'show', '1'], { env: env(), columns: 80 })).stdout.split('\n');
    expect(narrow.filter((line) => [...line].length > 80)).toEqual([]);
    // Text wraps at words, within its column.
    expect(narrow).toContain('S1 (4) Agents who know the products well  W1 (4) Misses its service level target');
    expect(narrow).toContain('                                          (20% against the target >= 80%)');
    const md = (await runCli(['swot', 'show', 'latest', '--format', 'md'], { env: env() })).stdout;
    expect(md).toContain('# SWOT review 1: November service review\n');
    expect(md).toContain('\n| Strengths | Weaknesses |\n| --- | --- |\n| S1 (4) Agents who know the products well | W1 (4) Misses its service level target (20% against the target >= 80%) |\n\n| Opportunities | Threats |');
    const html = (await runCli(['swot', 'show', '1', '--format', 'html'], { env: env() })).stdout;
    expect(html).toContain('<th dir="auto">Strengths</th><th dir="auto">Weaknesses</th>');
    expect(html).toContain('<td dir="auto">W1 (4) Misses its service level target (20% against the target &gt;= 80%)</td>');
    const json = JSON.parse((await runCli(['swot', 'show', '1', '--format', 'json'], { env: env() })).stdout);
    expect(json.items.map((item: { code: string }) => item.code)).toEqual(['S1', 'W1', 'O1', 'T1']);
    expect(json.strategies.map((s: { code: string; outcome: string }) => [s.code, s.outcome])).toEqual([
      ['WT1', 'open'],
      ['SO1', 'open'],
    ]);
  });

  it('shows a review as JSON in snake_case with local instants, as the other commands do', async () => {
    expect((await runCli(['config', 'set', 'timezone', 'Asia/Jerusalem'], { env: env() })).code).toBe(0);
    const answers = answersFile({
      title: 'Q',
      items: { strength: [{ text: 'Kind agents', importance: 4 }], threat: [{ text: 'Rival', importance: 5, likelihood: 3, note: 'ads' }] },
      strategies: [{ pair: 'S1-T1', text: 'Train', owner: 'dana', due: '2026-12-31', commitment: true }],
    });
    expect((await runCli(['swot', ...NOVEMBER, '--answers', answers], { env: env() })).code).toBe(0);
    expect(JSON.parse((await runCli(['swot', 'show', '1', '--format', 'json'], { env: env() })).stdout)).toEqual({
      id: 1,
      title: 'Q',
      // 12:00 UTC is 14:00 in Jerusalem in December (UTC+2).
      created_at: '2026-12-02T14:00:00+02:00',
      from: '2026-11-01',
      to: '2026-11-30',
      items: [
        { code: 'S1', quadrant: 'strength', text: 'Kind agents', importance: 4, likelihood: null, note: null, origin: 'added', evidence_key: null, evidence: null },
        { code: 'T1', quadrant: 'threat', text: 'Rival', importance: 5, likelihood: 3, note: 'ads', origin: 'added', evidence_key: null, evidence: null },
      ],
      strategies: [{ code: 'ST1', kind: 'ST', first: 'S1', second: 'T1', text: 'Train', owner: 'dana', due: '2026-12-31', commitment: 1, outcome: 'open' }],
    });
    const diff = JSON.parse((await runCli(['swot', 'diff', '1', '1', '--format', 'json'], { env: env() })).stdout);
    expect(diff.old).toEqual({ id: 1, title: 'Q', created_at: '2026-12-02T14:00:00+02:00', from: '2026-11-01', to: '2026-11-30' });
    expect(diff.strategies).toEqual([{ code: 'ST1', kind: 'ST', first: 'S1', second: 'T1', text: 'Train', owner: 'dana', due: '2026-12-31', outcome: 'open' }]);
  });

  it('compares two reviews: items added, dropped, re-scored, and what became of the strategies', async () => {
    storeNovember();
    await runCli(['swot', ...NOVEMBER, '--answers', join(FIXTURES, 'reviews', 'swot-answers.json')], { env: env() });
    // Keep the commitment behind WT1, and say in the next review that SO1 was done.
    expect((await runCli(['commit', 'keep', '1'], { env: env('2027-01-20T09:00:00Z') })).code).toBe(0);
    const second = answersFile({
      title: 'December review',
      previous: { SO1: 'done' },
      proposals: { 'target-service_level': { action: 'edit', importance: 5 }, 'nps-passives': { action: 'drop' } },
      items: { threat: [{ text: 'A competitor now answers within a minute.', importance: 5, likelihood: 4 }] },
    });
    const result = await runCli(['swot', ...NOVEMBER, '--answers', second], { env: env('2027-01-25T09:00:00Z') });
    expect(result.stdout).toBe('2\n');
    const diff = JSON.parse((await runCli(['swot', 'diff', '1', '2', '--format', 'json'], { env: env('2027-01-25T09:00:00Z') })).stdout);
    expect(diff.added).toEqual([]);
    expect(diff.dropped.map((c: { old: { code: string } }) => c.old.code)).toEqual(['S1', 'O1']);
    expect(diff.rescored.map((c: { old: { code: string; importance: number; likelihood: number }; new: { importance: number; likelihood: number } }) => [c.old.code, c.old.importance, c.new.importance, c.old.likelihood, c.new.likelihood])).toEqual([
      ['W1', 4, 5, null, null],
      ['T1', 5, 5, 3, 4],
    ]);
    expect(diff.strategies.map((s: { code: string; outcome: string }) => [s.code, s.outcome])).toEqual([
      ['WT1', 'done'],
      ['SO1', 'done'],
    ]);
    expect(await runCli(['swot', 'diff', 'latest', '1'], { env: env('2027-01-25T09:00:00Z') })).toEqual({
      code: 1,
      stdout: '',
      stderr: 'Error: review 2 came after review 1: give the earlier one first\nHint: svc swot diff 1 2\n',
    });
    const table = (await runCli(['swot', 'diff', '1', 'latest'], { env: env('2027-01-25T09:00:00Z'), columns: 200 })).stdout;
    const narrow = (await runCli(['swot', 'diff', '1', 'latest'], { env: env('2027-01-25T09:00:00Z'), columns: 80 })).stdout.split('\n');
    expect(narrow.filter((line) => [...line].length > 80)).toEqual([]);
    expect(table.split('\n').slice(0, 7)).toEqual([
      'From review 1 (November service review, 2026-11-01 to 2026-11-30) to review 2 (December review, 2026-11-01 to 2026-11-30)',
      '',
      'items        quadrant       old         new         text',
      'dropped      strength       S1 (4)                  Agents who know the products well',
      'dropped      opportunity    O1 (4×3)                Passive customers could become promoters with a follow-up call',
      're-scored    weakness       W1 (4)      W1 (5)      Misses its service level target (20% against the target >= 80%)',
      're-scored    threat         T1 (5×3)    T1 (5×4)    A competitor now answers within a minute.',
    ]);
  });

  it('lists the reviews', async () => {
    expect((await runCli(['swot', 'list'], { env: env() })).stdout).toBe('No SWOT reviews yet: start one with svc swot.\n');
    await runCli(['swot', ...NOVEMBER, '--title', 'Empty store', '--answers', answersFile({ items: { strength: [{ text: 'Short queues', importance: 3 }] } })], { env: env() });
    expect(JSON.parse((await runCli(['swot', 'list', '--format', 'json'], { env: env() })).stdout)).toEqual([
      { id: 1, created_at: '2026-12-02T12:00:00.000Z', title: 'Empty store', from: '2026-11-01', to: '2026-11-30', strengths: 1, weaknesses: 0, opportunities: 0, threats: 0, strategies: 0 },
    ]);
  });

  it('defaults to the last complete month and works on an empty store', async () => {
    const result = await runCli(['swot', '--answers', answersFile({})], { env: env() });
    expect(result).toEqual({
      code: 0,
      stdout: '1\n',
      stderr: 'The store holds no data yet: the review covers the last complete month.\nSaved SWOT review 1: 0 S, 0 W, 0 O, 0 T; 0 strategies. See it with: svc swot show 1\n',
    });
    expect(sql('SELECT title, from_day, to_day FROM swot_reviews')).toEqual([{ title: 'Service review 2026-11-01 to 2026-11-30', from_day: '2026-11-01', to_day: '2026-11-30' }]);
  });

  it('with no period reads the last complete month the data covers, or the span it covers, and says so', async () => {
    // Calls from 2026-09-20 to 2026-10-31, today 2026-12-02: November has no data, October is covered from its first day to its last.
    const calls = openStore(db);
    storeCalls(calls, [
      { id: 'a', at: '2026-09-20T10:00:00Z', outcome: 'answered', wait: 5 },
      { id: 'b', at: '2026-10-31T10:00:00Z', outcome: 'answered', wait: 5 },
    ]);
    calls.close();
    const result = await runCli(['swot', '--answers', answersFile({})], { env: env() });
    expect(result.stderr.split('\n')[0]).toBe("The review covers 2026-10-01 to 2026-10-31: the last complete month the store's data covers.");
    // Six days of data, all in November's last week: no whole month → those days.
    const six = join(dir, 'six.db');
    const store = openStore(six);
    writeSetting(store, 'timezone', 'UTC');
    storeCalls(store, [
      { id: 'c', at: '2026-11-25T10:00:00Z', outcome: 'answered', wait: 5 },
      { id: 'd', at: '2026-11-30T10:00:00Z', outcome: 'abandoned', wait: 50 },
    ]);
    store.close();
    const span = await runCli(['swot', '--answers', answersFile({}), '--db', six], { env: env() });
    expect(span.stderr.split('\n')[0]).toBe("The store's data covers only 2026-11-25 to 2026-11-30, not a whole month: the review covers that span (--from and --to choose another).");
    expect(sqlRows(six, 'SELECT from_day, to_day FROM swot_reviews')).toEqual([{ from_day: '2026-11-25', to_day: '2026-11-30' }]);
  });

  it('writes nothing when the answers file has a bad or unused answer', async () => {
    const cases: [unknown, string][] = [
      [{ items: { strength: [{ text: 'x', importance: 9 }] } }, 'items.strength.0.importance: 9 is not a whole number from 1 to 5'],
      [{ items: { strenght: [{ text: 'x', importance: 3 }] } }, 'items.strenght.0.text: no question of the review asks for it'],
      [{ items: { threat: [{ text: 'x', importance: 3 }] } }, 'items.threat.0.likelihood: an answer is needed: a whole number from 1 to 5'],
      [{ itemz: {}, strategies: [] }, 'itemz: no question of the review asks for it'],
    ];
    for (const [document, message] of cases) {
      const file = answersFile(document);
      expect(await runCli(['swot', '--answers', file], { env: env() })).toEqual({ code: 1, stdout: '', stderr: `Error: ${file}: ${message}\n` });
    }
    expect(sql('SELECT * FROM swot_reviews')).toEqual([]);
  });

  it('says which proposals the store makes when the answers file names another, and when --title and the file both give a title', async () => {
    storeNovember();
    const misnamed = answersFile({ proposals: { 'target-service-level': { action: 'drop' } } });
    expect((await runCli(['swot', ...NOVEMBER, '--answers', misnamed], { env: env() })).stderr).toBe(
      `Error: ${misnamed}: proposals.target-service-level.action: no question of the review asks for it\nHint: the store proposes, for this period: target-service_level, nps-passives\n`,
    );
    const titled = answersFile({ title: 'From the file' });
    expect((await runCli(['swot', '--title', 'From the flag', '--answers', titled], { env: env() })).stderr).toBe(
      `Error: ${titled}: title: no question of the review asks for it\nHint: --title gives the title; leave one of the two out\n`,
    );
    expect(sql('SELECT * FROM swot_reviews')).toEqual([]);
  });
});

describe('svc swot add', () => {
  it('appends an item to a quadrant and prints its code', async () => {
    await runCli(['swot', '--answers', answersFile({ items: { opportunity: [{ text: 'Chat', importance: 3, likelihood: 3 }] } })], { env: env() });
    expect(await runCli(['swot', 'add', '1', '--quadrant', 'opportunity', '--importance', '4', '--likelihood', '2', '--note', 'asked at the fair', 'A new shopping centre nearby'], { env: env() })).toEqual({
      code: 0,
      stdout: 'O2 added to SWOT review 1\n',
      stderr: '',
    });
    expect(sql("SELECT position, text, importance, likelihood, note, origin FROM swot_items WHERE quadrant = 'opportunity' ORDER BY position")).toEqual([
      { position: 1, text: 'Chat', importance: 3, likelihood: 3, note: null, origin: 'added' },
      { position: 2, text: 'A new shopping centre nearby', importance: 4, likelihood: 2, note: 'asked at the fair', origin: 'added' },
    ]);
  });

  it('refuses what does not fit, with one line', async () => {
    await runCli(['swot', '--answers', answersFile({})], { env: env() });
    const add = (...args: string[]) => runCli(['swot', 'add', ...args], { env: env() });
    expect((await add('1', '--quadrant', 'threat', '--importance', '4', 'x')).stderr).toBe('Error: a threat needs --likelihood (1–5)\n');
    expect((await add('1', '--quadrant', 'strength', '--importance', '4', '--likelihood', '2', 'x')).stderr).toBe('Error: --likelihood is for opportunities and threats, not a strength\n');
    expect((await add('1', '--quadrant', 'strength', '--importance', '7', 'x')).stderr).toBe('Error: --importance must be a whole number from 1 to 5, not "7"\n');
    expect((await add('1', '--quadrant', 'strength', '--importance', '3', ' ')).stderr).toBe('Error: the item text is empty\n');
    expect((await add('9', '--quadrant', 'strength', '--importance', '3', 'x')).stderr).toBe('Error: no SWOT review 9\nHint: svc swot list shows the ids\n');
    expect((await add('1', '--quadrant', 'strong', '--importance', '3', 'x')).stderr).toMatch(/^Error: option '--quadrant <quadrant>' argument 'strong' is invalid/);
    expect(sql('SELECT * FROM swot_items')).toEqual([]);
  });
});

describe('svc swot in Hebrew', () => {
  /** U+2068 … U+2069 around every value put into a Hebrew message. */
  const iso = (text: string | number) => `\u2068${text}\u2069`;
  /** Columns a line takes: isolates none, every other character here one. */
  const columns = (line: string) => [...line.replace(/[\u2066-\u2069\u200e\u200f]/g, '')].length;

  it('words the evidence and proposals of a Hebrew session in Hebrew, and stores them without isolates', async () => {
    storeNovember();
    const answers = answersFile({ title: 'סקירת נובמבר' });
    expect(await runCli(['swot', ...NOVEMBER, '--lang', 'he', '--answers', answers], { env: env() })).toEqual({
      code: 0,
      stdout: '1\n',
      stderr: `סקירת SWOT ${iso(1)} נשמרה: ${iso('0 S, 1 W, 1 O, 0 T')}; ${iso(`${iso(0)} אסטרטגיות`)}. להצגה: ${iso('svc swot show 1')}\n`,
    });
    // Both proposals kept as proposed (see storeNovember): the missed service-level target and the passives.
    expect(sql('SELECT quadrant, text, evidence FROM swot_items ORDER BY id')).toEqual([
      { quadrant: 'weakness', text: 'לא עומדים ביעד של רמת השירות (20% מול היעד >= 80%)', evidence: 'רמת השירות: 20% מול היעד >= 80%, לא עומד ביעד' },
      { quadrant: 'opportunity', text: '18 מתוך 30 משיבים אדישים (7–8): אם נשכנע אותם, הם יהפכו לממליצים', evidence: '18 מתוך 30 משיבים אדישים (7–8)' },
    ]);
    // The period's note in Hebrew too, when the session chooses the period itself: the calls are of
    // 2026-11-10 and the answers of 2026-11-20, no whole month.
    const chosen = await runCli(['swot', '--lang', 'he', '--answers', answersFile({})], { env: env() });
    expect(chosen.stderr.split('\n')[0]).toBe(`הנתונים במאגר מכסים רק את ${iso('2026-11-10')} עד ${iso('2026-11-20')}, לא חודש שלם: הסקירה מכסה את הטווח הזה (\u200e--from ו־\u200e--to בוחרים אחר).`);
    // With no title given, the one Enter keeps is Hebrew too, stored without isolates.
    expect(sql('SELECT title FROM swot_reviews WHERE id = 2')).toEqual([{ title: 'סקירת שירות 2026-11-10 עד 2026-11-20' }]);
  });

  it('shows and compares reviews in Hebrew, fitted to 100 and to 80 columns', async () => {
    storeNovember();
    await runCli(['swot', ...NOVEMBER, '--answers', join(FIXTURES, 'reviews', 'swot-answers.json')], { env: env() });
    for (const width of [100, 80]) {
      const shown = await runCli(['swot', 'show', '1', '--lang', 'he'], { env: env(), columns: width });
      expect(shown.code).toBe(0);
      const lines = shown.stdout.split('\n');
      expect(lines.filter((line) => columns(line) > width)).toEqual([]);
      expect(lines[0]).toBe(`סקירת SWOT ${iso(1)}: ${iso('November service review')}`);
      expect(lines).toContain(`חוזקות${' '.repeat(columns('S1 (4) Agents who know the products well') + 2 - 'חוזקות'.length)}חולשות`);
      expect(lines).toContain('אסטרטגיות TOWS');
      expect(lines).toContain('נתונים והערות');
      // The outcome word is itself a value put into the message, so it is isolated too.
      if (width === 100) expect(lines.some((line) => line.startsWith('WT1') && line.endsWith(`${iso('פתוחה')} (התחייבות ${iso(1)})`))).toBe(true);
      const diff = await runCli(['swot', 'diff', '1', '1', '--lang', 'he'], { env: env(), columns: width });
      expect(diff.stdout.split('\n').filter((line) => columns(line) > width)).toEqual([]);
      expect(diff.stdout).toContain('ללא שינוי');
      expect(diff.stdout).toContain(`האסטרטגיות של סקירה ${iso(1)}`);
    }
    // In English too, at 100 columns nothing is wider than the terminal and the grid stays whole.
    const english = (await runCli(['swot', 'show', '1'], { env: env(), columns: 100 })).stdout.split('\n');
    expect(english.filter((line) => [...line].length > 100)).toEqual([]);
    expect(english).toContain('S1 (4) Agents who know the products well  W1 (4) Misses its service level target (20% against the');
  });

  it('gives scripts the same review in csv, keyed, and without isolates', async () => {
    storeNovember();
    await runCli(['swot', ...NOVEMBER, '--answers', join(FIXTURES, 'reviews', 'swot-answers.json')], { env: env() });
    const csv = (await runCli(['swot', 'show', '1', '--format', 'csv', '--lang', 'he'], { env: env() })).stdout;
    const [items, strategies] = csv.split('\n\n');
    expect(items?.split('\n').slice(0, 2)).toEqual(['code,quadrant,text,importance,likelihood,note,origin,evidence_key,evidence', 'S1,strength,Agents who know the products well,4,,,added,,']);
    expect(strategies?.split('\n')[1]).toBe('WT1,WT,W1,T1,Add two agents at the morning peak,dana,2027-01-31,1,open');
    expect(csv).not.toMatch(/[\u2066-\u2069]/);
  });
});
