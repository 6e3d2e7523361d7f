/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import Database from 'better-sqlite3';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { FIXTURES, runBin } from '../helpers/bin.js';
import { launchChromium } from '../helpers/chromium.js';
import { tempDir } from '../helpers/cli.js';

// The weekly HTML report of the bundled sample, opened as a person opens it: in Chromium.
// Screenshots go to test-output/ (ignored by git) to be looked at.
const OUTPUT = fileURLToPath(new URL('../../test-output/', import.meta.url));
let dir: string;
let cleanup: () => void;
let browser: Browser;
let env: Record<string, string>;

beforeAll(async () => {
  ({ dir, cleanup } = tempDir('svc-e2e-html-'));
  mkdirSync(OUTPUT, { recursive: true });
  // The sample runs from Monday 2026-10-26 to Sunday 2026-11-15; "now" is the Monday after it.
  env = { SVC_DB: join(dir, 'svc.db'), SVC_NOW: '2026-11-16T09:00:00+02:00' };
  const svc = (...args: string[]) => expect(runBin(args, { cwd: dir, env }).code).toBe(0);
  svc('config', 'set', 'timezone', 'Asia/Jerusalem');
  svc('target', 'set', 'service_level', '>=0.8');
  svc('target', 'set', 'abandon_rate', '<=0.05');
  svc('import', join(FIXTURES, 'sample', 'calls.csv'), '--quiet');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  cleanup();
});

/** Opens a page and records everything that went wrong or went out. */
async function open(file: string) {
  const page = await browser.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${String(error)}`));
  page.on('requestfailed', (request) => problems.push(`failed request: ${request.url()}`));
  page.on('request', (request) => requests.push(request.url()));
  await page.setViewport({ width: 900, height: 1200 });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return { page, problems, requests };
}

describe('svc report --format html, in Chromium', () => {
  it('is one self-contained page whose every chart has drawn marks', async () => {
    const file = join(dir, 'week.html');
    const result = runBin(['report', '--weekly', '--compare', '--format', 'html', '--out', file], { cwd: dir, env });
    expect(result).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(statSync(file).mode & 0o777).toBe(0o600);

    const { page, problems, requests } = await open(file);
    expect(problems).toEqual([]);
    // Nothing but the file itself was asked for: no script, style, font or image from anywhere.
    expect(requests).toEqual([pathToFileURL(file).href]);
    expect(await page.$$eval('script, link, iframe, img', (found) => found.length)).toBe(0);

    const charts = await page.$$eval('figure.chart', (figures) =>
      figures.map((figure) => ({
        key: figure.getAttribute('data-chart'),
        marks: [...figure.querySelectorAll('g.role-mark [role="graphics-symbol"]')].filter((mark) => {
          const box = (mark as SVGGraphicsElement).getBBox();
          return box.width > 0 || box.height > 0;
        }).length,
      })),
    );
    expect(charts.map((chart) => chart.key)).toEqual(['rates-per-day', 'calls-per-day', 'arrivals-heat-map', 'service-level-heat-map', 'agents']);
    for (const chart of charts) expect(chart.marks, chart.key ?? '').toBeGreaterThan(0);

    // Counted another way, straight from the calls table: the week's agents with an answered
    // call are the agents chart's bars, and its (weekday, hour) cells with calls the heat map's.
    const db = new Database(env.SVC_DB as string, { readonly: true });
    const week = "arrival_at >= unixepoch('2026-11-09T00:00:00+02:00') AND arrival_at < unixepoch('2026-11-16T00:00:00+02:00')";
    const agents = db.prepare(`SELECT count(DISTINCT agent) AS n FROM calls WHERE outcome = 'answered' AND agent IS NOT NULL AND ${week}`).get() as { n: number };
    const cells = db
      .prepare(`SELECT count(DISTINCT strftime('%w %H', arrival_at + 7200, 'unixepoch')) AS n FROM calls WHERE ${week}`)
      .get() as { n: number };
    db.close();
    const byKey = Object.fromEntries(charts.map((chart) => [chart.key, chart.marks]));
    // Each bar is one mark; the sample is in Israel's winter time (UTC+2) all week.
    expect(byKey.agents).toBe(agents.n);
    expect(byKey['arrivals-heat-map']).toBe(cells.n);

    // It prints on A4: nothing is wider than the printable width (210 mm less 2 × 15 mm at 96 dpi).
    await page.emulateMediaType('print');
    await page.setViewport({ width: Math.floor((180 / 25.4) * 96), height: 1200 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(Math.floor((180 / 25.4) * 96));
    await page.emulateMediaType('screen');
    await page.setViewport({ width: 900, height: 1200 });
    await page.screenshot({ path: join(OUTPUT, 'weekly-report.png'), fullPage: true });
    await page.close();
  });

  it('svc check as a page; right-to-left names read right to left', async () => {
    const file = join(dir, 'check.html');
    // A complaint not acknowledged within its 24 h target is one of the things svc check lists.
    expect(runBin(['target', 'set', 'complaint_ack_h', '<=24'], { cwd: dir, env }).code).toBe(0);
    expect(runBin(['complaint', 'add', '--customer', '0541234567', '--category', 'חיוב כפול', '<script>alert(1)</script> נגבה פעמיים'], { cwd: dir, env }).code).toBe(0);
    const later = { ...env, SVC_NOW: '2026-11-18T09:00:00+02:00' };
    const result = runBin(['check', '--format', 'html', '--out', file], { cwd: dir, env: later });
    expect(result.code).toBe(0);
    const { page, problems } = await open(file);
    expect(problems).toEqual([]);
    expect(await page.$$eval('script', (found) => found.length)).toBe(0);
    expect(await page.$eval('body', (body) => body.textContent)).toContain('חיוב כפול');
    await page.screenshot({ path: join(OUTPUT, 'check.png'), fullPage: true });
    await page.close();

    // Every text element decides its own direction: an agent named in Hebrew reads right to left.
    const calls = join(dir, 'hebrew.csv');
    writeFileSync(calls, 'call_id,arrival,queue,agent,customer,wait,talk,outcome\nH1,2026-11-10 10:00:00,support,דנה כהן,0541234567,5,120,answered\n');
    expect(runBin(['import', calls, '--quiet'], { cwd: dir, env }).code).toBe(0);
    const agents = join(dir, 'agents.html');
    expect(runBin(['report', '--weekly', '--by', 'agent', '--format', 'html', '--out', agents], { cwd: dir, env }).code).toBe(0);
    const opened = await open(agents);
    expect(opened.problems).toEqual([]);
    const directions = await opened.page.$$eval('td[dir="auto"]', (cells) => cells.map((cell) => [cell.textContent, getComputedStyle(cell).direction]));
    expect(directions).toContainEqual(['דנה כהן', 'rtl']);
    expect(directions).toContainEqual(['agent01', 'ltr']);
    await opened.page.close();
  });
});
