/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { runBin } from '../helpers/bin.js';
import { launchChromium } from '../helpers/chromium.js';
import { tempDir } from '../helpers/cli.js';

// A Hebrew survey report as its reader sees it: the built binary writes the page, Chromium opens it.
const OUTPUT = fileURLToPath(new URL('../../test-output/', import.meta.url));
let dir: string;
let cleanup: () => void;
let browser: Browser;
let env: Record<string, string>;

/**
 * Four weeks of NPS answers (weeks from Sunday, Jerusalem time): week 1 has 30 answers, enough
 * for a margin; the others fewer. Scores by week, promoters (9–10) − detractors (0–6) over n:
 *   2026-11-01: 15 × 10, 9 × 8, 6 × 2   → (15 − 6) / 30 = 30.0, margin below
 *   2026-11-08: 10, 10, 3, 3, 3          → (2 − 3) / 5  = −20.0
 *   2026-11-15: none
 *   2026-11-22: 9, 9, 9, 7               → (3 − 0) / 4  = 75.0
 * Week 1's margin, 196 · sqrt((p(1−p) + d(1−d) + 2pd) / n) with p = 1/2, d = 1/5:
 *   p(1−p) = 0.25, d(1−d) = 0.16, 2pd = 0.2 → sqrt(0.61 / 30) = 0.142595 → 27.9.
 */
const WEEKS: [day: string, scores: number[]][] = [
  ['2026-11-03', [...Array<number>(15).fill(10), ...Array<number>(9).fill(8), ...Array<number>(6).fill(2)]],
  ['2026-11-10', [10, 10, 3, 3, 3]],
  ['2026-11-24', [9, 9, 9, 7]],
];

beforeAll(async () => {
  ({ dir, cleanup } = tempDir('svc-e2e-survey-html-'));
  mkdirSync(OUTPUT, { recursive: true });
  env = { SVC_DB: join(dir, 'svc.db'), SVC_NOW: '2026-12-02T09:00:00+02:00' };
  const svc = (...args: string[]) => expect(runBin(args, { cwd: dir, env }).code).toBe(0);
  svc('config', 'set', 'timezone', 'Asia/Jerusalem');
  svc('config', 'set', 'week_start', 'sunday');
  svc('config', 'set', 'language', 'he');
  const rows = WEEKS.flatMap(([day, scores]) => scores.map((score, index) => `${day}-${index},${day} 12:00,${score},${index === 0 ? 'שירות מצוין' : ''}`));
  const file = join(dir, 'answers.csv');
  writeFileSync(file, ['response_id,responded_at,nps,comment', ...rows].join('\n') + '\n');
  svc('survey', 'import', file, '--instrument', 'nps');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  cleanup();
});

describe('svc survey report in Hebrew, end to end', () => {
  it('prints the Hebrew table from the built binary', () => {
    const result = runBin(['survey', 'report', 'nps', '--from', '2026-11-01', '--to', '2026-11-28', '--trend'], { cwd: dir, env: { ...env, COLUMNS: '100' } });
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('דוח סקרים \u20682026-11-01\u2069 עד \u20682026-11-28\u2069 (\u2068Asia/Jerusalem\u2069)');
    expect(lines).toContain('שבוע אחר שבוע');
    // 39 answers in all: 18 + 5 promoters... counted: 15 + 2 + 3 = 20 promoters, 6 + 3 = 9 detractors → (20 − 9) / 39 = 28.2.
    expect(lines.find((line) => line.startsWith('הכול'))?.split(/\s{2,}/).slice(0, 6)).toEqual(['הכול', '39', '20', '10', '9', '28.2']);
  });

  it('writes a page whose NPS trend shows each week with answers, its numbers those of the answers', async () => {
    const file = join(dir, 'surveys.html');
    const result = runBin(['survey', 'report', 'nps', '--from', '2026-11-01', '--to', '2026-11-28', '--format', 'html', '--out', file], { cwd: dir, env });
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(statSync(file).mode & 0o777).toBe(0o600);

    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warn') problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${String(error)}`));
    page.on('requestfailed', (request) => problems.push(`failed request: ${request.url()}`));
    await page.setViewport({ width: 900, height: 1200 });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    expect(problems).toEqual([]);
    expect(await page.$eval('html', (html) => html.lang)).toBe('he');
    expect(await page.$$eval('script, link, iframe, img', (found) => found.length)).toBe(0);

    const charts = await page.$$eval('figure.chart', (figures) => figures.map((figure) => figure.getAttribute('data-chart')));
    expect(charts).toEqual(['nps-nps', 'trend-nps']);
    // The trend's points, drawn: one per week with answers, each labelled with its week, score and count.
    const points = await page.$$eval('figure[data-chart="trend-nps"] g[aria-label="dot"] circle', (marks) =>
      marks.filter((mark) => (mark as SVGGraphicsElement).getBBox().width > 0).map((mark) => mark.getAttribute('aria-label') ?? ''),
    );
    const scores = points.map((label) => [/^(\S+):/.exec(label)?.[1], Number(/: (-?[\d.]+) \(n = /.exec(label)?.[1]).toFixed(1)]);
    expect(scores).toEqual([
      ['2026-11-01', '30.0'],
      ['2026-11-08', '-20.0'],
      ['2026-11-22', '75.0'],
    ]);
    // The margin is drawn for the one week with enough answers only: a line from 30 − 27.9 to 30 + 27.9.
    const rules = await page.$$eval('figure[data-chart="trend-nps"] g[aria-label="rule"] line', (marks) => marks.map((mark) => mark.getAttribute('aria-label') ?? ''));
    expect(rules).toHaveLength(1);
    expect(Number(/: (-?[\d.]+) to /.exec(rules[0] ?? '')?.[1]).toFixed(1)).toBe('2.1');
    expect(Number(/ to (-?[\d.]+)$/.exec(rules[0] ?? '')?.[1]).toFixed(1)).toBe('57.9');
    // Hebrew headings read right to left.
    expect(await page.$eval('h1', (heading) => getComputedStyle(heading).direction)).toBe('rtl');
    await page.screenshot({ path: join(OUTPUT, 'survey-report-he.png'), fullPage: true });
    await page.close();
  });
});
