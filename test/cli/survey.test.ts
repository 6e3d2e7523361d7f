import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/db/open.js';
import { FIXTURES } from '../helpers/bin.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { jsonFile, sqlRows } from '../helpers/store-file.js';
import { storeCalls } from '../helpers/report-calls.js';

let dir: string;
let cleanup: () => void;
let db: string;
const env = () => ({ SVC_DB: db, SVC_NOW: '2026-12-02T12:00:00Z' });
const NOVEMBER = ['--from', '2026-11-01', '--to', '2026-11-30'];
const fixture = (name: string) => join(FIXTURES, 'reviews', name);

beforeEach(async () => {
  ({ dir, cleanup } = tempDir());
  db = join(dir, 'svc.db');
  expect((await runCli(['config', 'set', 'timezone', 'UTC'], { env: env() })).code).toBe(0);
});
afterEach(() => cleanup());

const sql = <T>(query: string, ...params: unknown[]): T[] => sqlRows<T>(db, query, ...params);

const answersFile = (document: unknown): string => jsonFile(dir, document);

describe('svc survey run', () => {
  it('refuses to start without a terminal and names the flag that makes it scriptable', async () => {
    expect(await runCli(['survey', 'run', 'nps'], { env: env() })).toEqual({
      code: 1,
      stdout: '',
      stderr: 'Error: svc survey run asks questions and needs a terminal; to run it from a script, give the answers with --answers FILE.json\n',
    });
  });

  it('records the respondents of an answers file, each with its answers, customer, call and comment', async () => {
    storeCallFile([{ id: 'C-1', at: '2026-11-30T10:00:00Z', outcome: 'answered', wait: 5 }]);
    const file = answersFile({ respondents: [{ customer: '0501234567', call: 'C-1', answers: { nps: 9 }, comment: 'quick' }, { answers: { nps: 4 } }] });
    const result = await runCli(['survey', 'run', 'nps', '--repeat', '--lang', 'he', '--answers', file], { env: env() });
    // The summary in the session's language, its numbers and ids isolated (U+2068 … U+2069) so they keep their direction.
    expect(result).toEqual({ code: 0, stdout: '', stderr: 'נשמרו \u20682\u2069 תשובות לסקר \u2068nps\u2069.\n' });
    const rows = sql<Record<string, unknown>>(
      `SELECT r.instrument, r.responded_at, r.lang, r.customer, r.call_key, r.comment, r.source, a.item, a.value
       FROM survey_responses r JOIN survey_answers a ON a.response_id = r.id ORDER BY r.id`,
    );
    expect(rows).toEqual([
      { instrument: 'nps', responded_at: Date.parse('2026-12-02T12:00:00Z') / 1000, lang: 'he', customer: '0501234567', call_key: 'C-1', comment: 'quick', source: file, item: 'nps', value: 9 },
      { instrument: 'nps', responded_at: Date.parse('2026-12-02T12:00:00Z') / 1000, lang: 'he', customer: null, call_key: null, comment: null, source: file, item: 'nps', value: 4 },
    ]);
  });

  it('writes nothing when any answer is wrong, and names the key', async () => {
    const cases: [unknown, string[], string][] = [
      [{ answers: { nps: 11 } }, [], 'Error: FILE: answers.nps: 11 is not a whole number from 0 to 10\n'],
      [{ answers: { nps: 9, npss: 3 } }, [], 'Error: FILE: answers.npss: no question of nps asks for it\n'],
      [{ answers: {} }, [], 'Error: FILE: answers.nps: an answer is needed: a whole number from 0 to 10\n'],
      [{ answers: { nps: 9 }, extra: {} }, [], 'Error: FILE: extra: no question of nps asks for it\n'],
      [[{ answers: { nps: 9 } }, { answers: { nps: 19 } }], ['--repeat'], 'Error: FILE: [1].answers.nps: 19 is not a whole number from 0 to 10\n'],
      [[{ answers: { nps: 9 } }, { answers: { nps: 1 } }], [], 'Error: FILE has 2 respondents; add --repeat to record them all\n'],
      [{ respondents: [{ answers: { nps: 9 } }, { answers: { nps: 19 } }] }, ['--repeat'], 'Error: FILE: respondents.1.answers.nps: 19 is not a whole number from 0 to 10\n'],
      [{ answers: { nps: 9 }, call: 'C-404' }, [], 'Error: FILE: call: the store has no call "C-404": leave it empty to record the response without one\n'],
      [{ answers: { nps: 9 }, customer: '0501' }, ['--customer', '0502'], 'Error: FILE: customer: no question of nps asks for it\nHint: --customer gives the customer; leave one of the two out\n'],
    ];
    for (const [document, flags, message] of cases) {
      const file = answersFile(document);
      const result = await runCli(['survey', 'run', 'nps', ...flags, '--answers', file], { env: env() });
      expect({ code: result.code, stdout: result.stdout, stderr: result.stderr.replace(file, 'FILE') }).toEqual({ code: 1, stdout: '', stderr: message });
    }
    expect(sql('SELECT * FROM survey_responses')).toEqual([]);
  });

  it('refuses one respondent\'s --customer or --call with --repeat, before asking anything', async () => {
    const file = answersFile({ respondents: [{ customer: '0501', answers: { nps: 9 } }, { customer: '0502', answers: { nps: 4 } }] });
    const hint = "Hint: with --repeat each respondent's customer and call are asked (or read from the answers file)\n";
    expect(await runCli(['survey', 'run', 'nps', '--repeat', '--customer', '0501', '--answers', file], { env: env() })).toEqual({
      code: 1,
      stdout: '',
      stderr: `Error: --customer names one respondent and cannot go with --repeat\n${hint}`,
    });
    expect((await runCli(['survey', 'run', 'nps', '--repeat', '--call', 'C-1'], { env: env() })).stderr).toBe(`Error: --call names one respondent and cannot go with --repeat\n${hint}`);
    expect(sql('SELECT * FROM survey_responses')).toEqual([]);
  });

  it('refuses an unknown instrument or call id from the command line', async () => {
    const file = answersFile({ answers: { nps: 9 } });
    expect((await runCli(['survey', 'run', 'loyalty', '--answers', file], { env: env() })).stderr).toBe(
      'Error: unknown instrument "loyalty"\nHint: instruments are: csat, nps, ces, servqual; define one with svc survey define FILE\n',
    );
    expect((await runCli(['survey', 'run', 'nps', '--call', 'C-9', '--answers', file], { env: env() })).stderr).toMatch(/^Error: the store has no call "C-9"\n/);
  });
});

describe('svc survey show', () => {
  it('lists the questions: the import column, the answers-file key, the scale and the wording', async () => {
    const rows = JSON.parse((await runCli(['survey', 'show', 'servqual', '--format', 'json', '--lang', 'he'], { env: env() })).stdout) as Record<string, unknown>[];
    expect(rows).toHaveLength(44);
    expect(rows[0]).toEqual({ column: 'E:tan1', answer: 'expectations.tan1', dimension: 'tangibles', scale: '1–7', reverse: false, optional: false, text: 'משתמש בציוד מודרני ועדכני' });
    expect(rows[43]).toMatchObject({ column: 'P:emp5', answer: 'perceptions.emp5', dimension: 'empathy' });
  });
});

describe('svc survey define', () => {
  it('stores a custom instrument, lists it, and refuses to change it once it has responses', async () => {
    const define = await runCli(['survey', 'define', fixture('after-visit.json')], { env: env() });
    expect(define).toEqual({ code: 0, stdout: 'Instrument after-visit defined: 4 items, 1 dimension\n', stderr: '' });
    expect((await runCli(['survey', 'define', fixture('after-visit.json')], { env: env() })).stdout).toBe('Instrument after-visit unchanged: 4 items, 1 dimension\n');
    const list = JSON.parse((await runCli(['survey', 'list', '--format', 'json'], { env: env() })).stdout) as { id: string; items: number; responses: number }[];
    expect(list.map((row) => [row.id, row.items, row.responses])).toEqual([
      ['csat', 1, 0],
      ['nps', 1, 0],
      ['ces', 1, 0],
      ['servqual', 22, 0],
      ['after-visit', 4, 0],
    ]);
    const changed = JSON.parse(readFileSync(fixture('after-visit.json'), 'utf8')) as { items: unknown[] };
    changed.items.pop();
    expect((await runCli(['survey', 'define', answersFile(changed)], { env: env() })).stdout).toBe('Instrument after-visit redefined: 3 items, 1 dimension\n');
    await runCli(['survey', 'run', 'after-visit', '--answers', answersFile({ answers: { polite: 4, explained: 4, hurried: 2 } })], { env: env() });
    const refused = await runCli(['survey', 'define', fixture('after-visit.json')], { env: env() });
    expect(refused).toEqual({ code: 1, stdout: '', stderr: 'Error: instrument "after-visit" already has 1 response; its definition cannot change\nHint: give the new version another id, e.g. after-visit-v2\n' });
  });

  it('names the file and the field of a bad definition', async () => {
    const file = answersFile({ id: 'x', scales: { s: { min: 1, max: 5 } }, items: [{ id: 'a', text: 'A', scale: 't' }] });
    expect(await runCli(['survey', 'define', file], { env: env() })).toEqual({ code: 1, stdout: '', stderr: `Error: ${file}: items[0].scale: unknown scale "t"\nHint: scales are: s\n` });
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"id": ');
    expect((await runCli(['survey', 'define', broken], { env: env() })).stderr).toMatch(new RegExp(`^Error: ${broken}: not valid JSON \\(`));
  });
});

describe('svc survey report', () => {
  it('reports a custom instrument with its reverse-scored item, its reliability and a warning for a small sample', async () => {
    await runCli(['survey', 'define', fixture('after-visit.json')], { env: env() });
    const run = await runCli(['survey', 'run', 'after-visit', '--repeat', '--answers', fixture('after-visit-answers.json')], { env: { ...env(), SVC_NOW: '2026-11-20T10:00:00Z' } });
    expect(run.stderr).toBe('Recorded 5 responses to after-visit.\n');
    const result = await runCli(['survey', 'report', 'after-visit', ...NOVEMBER, '--format', 'json'], { env: env() });
    // The dimension is named by its title (Care), as people read it.
    expect(result.stderr).toBe("Warning: Cronbach's alpha of after-visit Care rests on 5 complete responses (fewer than 30): treat it as rough\n");
    const report = JSON.parse(result.stdout);
    const [visit] = report.instruments;
    // Worked in test/unit/survey/alpha.test.ts: hurried is answered as 6 − item3 of that example.
    expect(visit.reliability[0].alpha).toBeCloseTo(0.931579, 6);
    expect(visit.reliability[0].if_deleted.map((d: { alpha: number }) => Number(d.alpha.toFixed(6)))).toEqual([0.930233, 0.844444, 0.930233]);
    expect(visit.overall.dimensions).toEqual([{ dimension: 'care', n: 5, mean: expect.closeTo(55 / 15, 12) }]);
    // on_time was skipped by two respondents: (5 + 4 + 2) / 3.
    expect(visit.overall.items.find((i: { item: string }) => i.item === 'on_time')).toEqual({ item: 'on_time', n: 3, mean: expect.closeTo(11 / 3, 12), reverse_scored: false, mirrored: false });
    // hurried's mean is on the answers as given, (2 + 4 + 1 + 3 + 3) / 5, and says it is not mirrored.
    expect(visit.overall.items.find((i: { item: string }) => i.item === 'hurried')).toEqual({ item: 'hurried', n: 5, mean: expect.closeTo(13 / 5, 12), reverse_scored: true, mirrored: false });
    const table = (await runCli(['survey', 'report', 'after-visit', ...NOVEMBER], { env: env() })).stdout;
    expect(table).toContain('hurried (as answered, not mirrored)');
  });

  it('reports NPS bands and margin, per agent and per queue of the linked calls, in every format', async () => {
    storeCallFile([
      { id: 'C-1', at: '2026-11-01T10:00:00Z', outcome: 'answered', wait: 5, agent: 'dana', queue: 'sales' },
      { id: 'C-2', at: '2026-11-02T10:00:00Z', outcome: 'answered', wait: 5, agent: 'dana', queue: 'support' },
      { id: 'C-3', at: '2026-11-04T10:00:00Z', outcome: 'answered', wait: 5, agent: 'omer', queue: 'support' },
      { id: 'C-4', at: '2026-11-08T10:00:00Z', outcome: 'answered', wait: 5, agent: 'omer', queue: 'support' },
      { id: 'C-5', at: '2026-11-19T10:00:00Z', outcome: 'answered', wait: 5, agent: 'dana', queue: 'sales' },
    ]);
    const imported = await runCli(['survey', 'import', fixture('nps-web-form.csv'), '--instrument', 'nps', '--map', 'nps=How likely are you to recommend us?'], { env: env() });
    expect(imported.code).toBe(0);
    const json = JSON.parse((await runCli(['survey', 'report', 'nps', ...NOVEMBER, '--format', 'json'], { env: env() })).stdout);
    const [nps] = json.instruments;
    // See fixtures/reviews/README.md: 10, 9, 9 promote; 7, 8 are passive; 6, 0 detract (n = 7).
    expect(nps.overall).toMatchObject({ kind: 'nps', n: 7, promoters: 3, passives: 2, detractors: 2 });
    expect(nps.overall.nps).toBeCloseTo(100 / 7, 10);
    const [pro, det] = [3 / 7, 2 / 7];
    expect(nps.overall.margin_of_error).toBeCloseTo(196 * Math.sqrt((pro * (1 - pro) + det * (1 - det) + 2 * pro * det) / 7), 10);
    const groups = (by: string) => nps.breakdowns.find((b: { by: string }) => b.by === by).groups.map((g: { key: string; summary: { n: number; nps: number } }) => [g.key, g.summary.n, Number(g.summary.nps.toFixed(4))]);
    // dana: C-1 10, C-2 9, C-5 0 → (2 − 1) / 3; omer: C-3 7, C-4 6 → (0 − 1) / 2. C-6 is not in the store.
    expect(groups('agent')).toEqual([
      ['dana', 3, 33.3333],
      ['omer', 2, -50],
    ]);
    expect(groups('queue')).toEqual([
      ['sales', 2, 0],
      ['support', 3, 0],
    ]);
    // Margins by hand, 196 · sqrt((p(1−p) + d(1−d) + 2pd) / n): all 61.7 (see the README); dana p 2/3, d 1/3 →
    // sqrt((8/9)/3) = 0.5443 → 106.7; omer p 0, d 1/2 → sqrt(0.25/2) → 69.3; sales p = d = 1/2 → sqrt(1/2) → 138.6;
    // support p = d = 1/3 → sqrt((6/9)/3) → 92.4.
    // JSON keeps those margins with too_few_answers set (n < 30); people see the count and "too few answers".
    expect(nps.overall.too_few_answers).toBe(true);
    // A terminal wide enough for the whole table: fitting is tested elsewhere.
    const table = await runCli(['survey', 'report', 'nps', ...NOVEMBER], { env: env(), columns: 200 });
    expect(table.stdout).toBe(
      [
        'Survey report 2026-11-01 to 2026-11-30 (UTC)',
        '',
        'nps: Net Promoter Score (NPS, 0–10)',
        '',
        'group            responses    promoters 9–10    passives 7–8    detractors 0–6      NPS            ± (95%)',
        'all                      7                 3               2                 2     14.3    too few answers',
        'agent dana               3                 2               0                 1     33.3    too few answers',
        'agent omer               2                 0               1                 1    -50.0    too few answers',
        'queue sales              2                 1               0                 1      0.0    too few answers',
        'queue support            3                 1               1                 1      0.0    too few answers',
        '',
        'Too few answers (fewer than 30) for a score to rely on, so no margin or change is given: all (7), agent dana (3), agent omer (2), queue sales (2), queue support (3).',
        '',
      ].join('\n'),
    );
    const csv = (await runCli(['survey', 'report', 'nps', ...NOVEMBER, '--format', 'csv', '--by', 'month'], { env: env() })).stdout.split('\n');
    expect(csv.slice(0, 3)).toEqual(['instrument,group,measure,value', 'nps,all,responses,7', 'nps,all,promoters,3']);
    expect(csv).toContain('nps,month:2026-11,detractors,2');
    const md = (await runCli(['survey', 'report', 'nps', ...NOVEMBER, '--format', 'md'], { env: env() })).stdout;
    expect(md).toContain('## nps: Net Promoter Score (NPS, 0–10)\n\n| group | responses |');
    const html = (await runCli(['survey', 'report', 'nps', ...NOVEMBER, '--format', 'html'], { env: env() })).stdout;
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<td class="num" dir="auto">14.3</td>');
    // The NPS chart: one point per row with a value (all, dana, omer, sales, support). Every row
    // rests on fewer than 30 answers, so each point is grey and none has a margin drawn.
    const chart = /<figure class="chart" data-chart="nps-nps">.*?<\/figure>/s.exec(html)?.[0] ?? '';
    const points = chart.match(/<circle [^>]*>/g) ?? [];
    expect(points).toHaveLength(5);
    for (const point of points) expect(point).toContain('fill="#999999"');
    expect(chart).not.toMatch(/<line [^>]*aria-label=/);
    expect(chart).toContain('aria-label="all: 14.3 (n = 7)"');
  });

  it('compares with the previous period', async () => {
    const file = (scores: number[]) => answersFile({ respondents: scores.map((nps) => ({ answers: { nps } })) });
    await runCli(['survey', 'run', 'nps', '--repeat', '--answers', file([10, 10, 3])], { env: { ...env(), SVC_NOW: '2026-10-15T10:00:00Z' } });
    await runCli(['survey', 'run', 'nps', '--repeat', '--answers', file([9, 7, 5, 2])], { env: { ...env(), SVC_NOW: '2026-11-15T10:00:00Z' } });
    const report = JSON.parse((await runCli(['survey', 'report', '--monthly', '--compare', '--format', 'json'], { env: env() })).stdout);
    // October (the previous month): (2 − 1) / 3 = 33.3; November: (1 − 2) / 4 = −25; change −58.3.
    expect(report.previous_period).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(report.instruments[0].previous.nps).toBeCloseTo(100 / 3, 10);
    expect(report.instruments[0].overall.nps).toBeCloseTo(-25, 10);
    // Both months rest on fewer than 30 answers: no change.
    expect(report.instruments[0].change.nps).toBeNull();
  });

  it('gives the margin from 30 answers on, and the change when both periods have 30', async () => {
    const file = (scores: number[]) => answersFile({ respondents: scores.map((nps) => ({ answers: { nps } })) });
    // October: 30 answers, 10 × (10, 8, 3): 1/3 promoters, 1/3 detractors → NPS 0, margin
    // 196 · sqrt((2/9 + 2/9 + 2/9) / 30) = 196 · sqrt(1/45) = 29.22.
    await runCli(['survey', 'run', 'nps', '--repeat', '--answers', file(Array.from({ length: 10 }, () => [10, 8, 3]).flat())], { env: { ...env(), SVC_NOW: '2026-10-15T10:00:00Z' } });
    // November: 29 answers, all 10: NPS 100 with a margin of 0 if it were shown.
    await runCli(['survey', 'run', 'nps', '--repeat', '--answers', file(Array.from({ length: 29 }, () => 10))], { env: { ...env(), SVC_NOW: '2026-11-15T10:00:00Z' } });
    const november = (await runCli(['survey', 'report', '--monthly', '--compare'], { env: env(), columns: 200 })).stdout.split('\n');
    const cells = (label: string) => november.find((line) => line.startsWith(label))?.split(/\s{2,}/);
    expect(cells('all')).toEqual(['all', '29', '29', '0', '0', '100.0', 'too few answers']);
    expect(cells('previous')).toEqual(['previous (2026-10-01 to 2026-10-31)', '30', '10', '10', '10', '0.0', '29.2']);
    expect(cells('change')).toEqual(['change', '-', '-', '-', '-', '-', '-']);
    // One more November answer (a 10): 30, the margin 0.0 is now a real one; the change +100.
    await runCli(['survey', 'run', 'nps', '--answers', file([10])], { env: { ...env(), SVC_NOW: '2026-11-16T10:00:00Z' } });
    const report = JSON.parse((await runCli(['survey', 'report', '--monthly', '--compare', '--format', 'json'], { env: env() })).stdout);
    expect(report.instruments[0].overall).toMatchObject({ n: 30, too_few_answers: false, nps: 100, margin_of_error: 0 });
    expect(report.instruments[0].change.nps).toBeCloseTo(100, 10);
  });

  it('imports SERVQUAL responses and reports the gaps worst first, with the weighted gap', async () => {
    // The two respondents of test/unit/survey/servqual.test.ts: gaps reliability −2.5, responsiveness −1.5,
    // assurance −0.5, tangibles +0.5, empathy +0.5; unweighted −0.7, weighted −1.2. A third row's weights
    // add up to 90 and it is rejected.
    const dims = ['tangibles', 'reliability', 'responsiveness', 'assurance', 'empathy'];
    const rows = (JSON.parse((await runCli(['survey', 'show', 'servqual', '--format', 'json'], { env: env() })).stdout) as { column: string; dimension: string }[]);
    const line = (id: string, scores: number[][], weights: number[]) =>
      [id, '2026-11-10', ...rows.map((row) => scores[dims.indexOf(row.dimension)]?.[row.column.startsWith('E:') ? 0 : 1]), ...weights].join(',');
    const header = ['response_id', 'responded_at', ...rows.map((row) => row.column), ...dims.map((d) => `W:${d}`)].join(',');
    const file = join(dir, 'servqual.csv');
    writeFileSync(
      file,
      [
        header,
        line('a', [[6, 6], [7, 4], [6, 5], [6, 6], [5, 6]], [10, 40, 20, 20, 10]),
        line('b', [[5, 6], [7, 5], [6, 4], [7, 6], [5, 5]], [20, 30, 30, 10, 10]),
        line('c', [[5, 6], [7, 5], [6, 4], [7, 6], [5, 5]], [20, 30, 30, 10, 0]),
      ].join('\n') + '\n',
    );
    const imported = await runCli(['survey', 'import', file, '--instrument', 'servqual'], { env: env() });
    expect(imported.stderr).toBe(`${file}:4: W:tangibles, W:reliability, W:responsiveness, W:assurance, W:empathy: importance points add up to 90, not 100\n${file}: 2 inserted, 0 duplicates, 1 rejected\n`);
    const result = await runCli(['survey', 'report', 'servqual', ...NOVEMBER], { env: env() });
    const lines = result.stdout.split('\n');
    const dimensionsAt = lines.findIndex((text) => text.startsWith('dimension (worst gap first)'));
    expect(lines.slice(dimensionsAt + 1, dimensionsAt + 6).map((text) => text.split(/\s{2,}/))).toEqual([
      ['Reliability', '7.00', '4.50', '-2.50', '35.0'],
      ['Responsiveness', '6.00', '4.50', '-1.50', '25.0'],
      ['Assurance', '6.50', '6.00', '-0.50', '15.0'],
      ['Tangibles', '5.50', '6.00', '+0.50', '15.0'],
      ['Empathy', '5.00', '5.50', '+0.50', '10.0'],
    ]);
    expect(lines).toContain('Overall gap P−E: unweighted -0.70, weighted -1.20 (weights from 2 respondents)');
    // In Markdown a line right after a table would be read as one more row: a blank line parts them.
    const md = (await runCli(['survey', 'report', 'servqual', ...NOVEMBER, '--format', 'md'], { env: env() })).stdout;
    expect(md.startsWith('# Survey report 2026-11-01 to 2026-11-30 (UTC)\n\n## servqual: ')).toBe(true);
    expect(md).toContain('| Empathy | 5.00 | 5.50 | +0.50 | 10.0 |\n\nOverall gap P−E: unweighted -0.70, weighted -1.20 (weights from 2 respondents)\n\n| dimension | items |');
    expect(md).not.toContain('\n\n\n');
    expect(md.endsWith('|\n')).toBe(true);
  });

  it('says so when there are no responses', async () => {
    expect(await runCli(['survey', 'report', ...NOVEMBER], { env: env() })).toEqual({
      code: 0,
      stdout: 'Survey report 2026-11-01 to 2026-11-30 (UTC)\n\nNo survey responses in this period.\n',
      stderr: 'The store has no survey responses yet: svc survey run asks them, svc survey import reads them from a file.\n',
    });
    expect(JSON.parse((await runCli(['survey', 'report', ...NOVEMBER, '--format', 'json'], { env: env() })).stdout).instruments).toEqual([]);
    expect((await runCli(['survey', 'report', ...NOVEMBER, '--format', 'md'], { env: env() })).stdout).toBe('# Survey report 2026-11-01 to 2026-11-30 (UTC)\n\nNo survey responses in this period.\n');
  });
});

describe('svc survey import', () => {
  it('keeps the good rows, names each bad one by line and field, and adds nothing the second time', async () => {
    const file = fixture('nps-web-form.csv');
    const rejects = join(dir, 'rejects.csv');
    const first = await runCli(['survey', 'import', file, '--instrument', 'nps', '--map', 'nps=How likely are you to recommend us?', '--rejects', rejects], { env: env() });
    expect(first).toEqual({
      code: 0,
      stdout: '',
      stderr: [
        `${file}:7: nps: 11 is not a whole number from 0 to 10`,
        `${file}:9: responded_at "last week" is not a date or time`,
        `${file}: 7 inserted, 0 duplicates, 2 rejected`,
        '',
      ].join('\n'),
    });
    expect(readFileSync(rejects, 'utf8').split('\n')[1]).toBe(`r6,2026-11-15 12:10,11,0506666666,,typo,${file}:7: nps: 11 is not a whole number from 0 to 10`);
    const rows = sql<{ response_key: string; responded_at: number; customer: string | null; call_key: string | null; comment: string | null; value: number }>(
      'SELECT r.response_key, r.responded_at, r.customer, r.call_key, r.comment, a.value FROM survey_responses r JOIN survey_answers a ON a.response_id = r.id ORDER BY r.id',
    );
    expect(rows.map((row) => row.value)).toEqual([10, 9, 7, 6, 8, 0, 9]);
    expect(rows[0]).toEqual({ response_key: 'nps:r1', responded_at: Date.parse('2026-11-02T09:15:00Z') / 1000, customer: '0501111111', call_key: 'C-1', comment: 'Fast, polite', value: 10 });
    expect(rows[2]?.comment).toBe('שירות טוב');
    const again = await runCli(['survey', 'import', file, '--instrument', 'nps', '--map', 'nps=How likely are you to recommend us?'], { env: env() });
    expect(again.stderr.split('\n').at(-2)).toBe(`${file}: 0 inserted, 7 duplicates, 2 rejected`);
  });

  it('reads --map as svc import does: the field in any case, the column by its folded name, a field mapped once', async () => {
    const file = fixture('nps-web-form.csv');
    // "how likely are you to recommend us" folds to the header "How likely are you to recommend us?"; NPS is the field nps.
    const folded = await runCli(['survey', 'import', file, '--instrument', 'nps', '--map', 'NPS=how likely are you to recommend us'], { env: env() });
    expect(folded.stderr.split('\n').at(-2)).toBe(`${file}: 7 inserted, 0 duplicates, 2 rejected`);
    const twice = await runCli(['survey', 'import', file, '--instrument', 'nps', '--map', 'nps=a', '--map', 'NPS=b'], { env: env() });
    expect(twice).toEqual({ code: 1, stdout: '', stderr: 'Error: --map nps is given twice (nps=a and NPS=b)\nHint: a field is taken from one column; keep one --map for it\n' });
    const empty = await runCli(['survey', 'import', file, '--instrument', 'nps', '--map', 'nps= '], { env: env() });
    expect(empty).toEqual({ code: 1, stdout: '', stderr: 'Error: --map nps= : expected FIELD=COLUMN\nHint: for example --map nps="How likely are you to recommend us?"\n' });
  });

  it('refuses the whole file with --strict, and a file without the answer column', async () => {
    const file = fixture('nps-web-form.csv');
    const strict = await runCli(['survey', 'import', file, '--instrument', 'nps', '--map', 'nps=How likely are you to recommend us?', '--strict'], { env: env() });
    expect(strict).toEqual({ code: 3, stdout: '', stderr: `Error: ${file}:7: nps: 11 is not a whole number from 0 to 10 (--strict: nothing imported)\n` });
    const unmapped = await runCli(['survey', 'import', file, '--instrument', 'nps'], { env: env() });
    expect(unmapped.code).toBe(1);
    expect(unmapped.stderr.split('\n')[0]).toBe(`Error: ${file}: no "nps" column`);
    const badMap = await runCli(['survey', 'import', file, '--instrument', 'nps', '--map', 'score=x'], { env: env() });
    expect(badMap.stderr.split('\n')[0]).toBe('Error: --map score=x: "score" is not a field of nps responses');
    expect(sql('SELECT * FROM survey_responses')).toEqual([]);
  });
});

function storeCallFile(specs: Parameters<typeof storeCalls>[1]): void {
  const store = openStore(db);
  try {
    storeCalls(store, specs);
  } finally {
    store.close();
  }
}
