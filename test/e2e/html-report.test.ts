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
  // The week's ledger, for the Pareto, the commitments and the events (the week is 2026-11-09 to 15).
  for (const category of ['billing', 'delivery', 'billing', 'rudeness', 'delivery', 'billing', 'ביטול']) {
    svc('complaint', 'add', '--customer', '0541234567', '--category', category, '--at', '2026-11-10 12:00', 'a complaint');
  }
  svc('complaint', 'add', '--customer', '0541234567', '--category', 'billing', '--at', '2026-11-02 12:00', 'the week before: not in the Pareto');
  svc('commit', 'add', '--customer', '0541', '--due', '2026-11-04', '--at', '2026-11-01', 'kept on time'); // 1
  svc('commit', 'keep', '1', '--at', '2026-11-03');
  svc('commit', 'add', '--customer', '0541', '--due', '2026-11-11', '--at', '2026-11-01', 'kept late'); // 2
  svc('commit', 'keep', '2', '--at', '2026-11-13');
  svc('commit', 'add', '--customer', '0541', '--due', '2026-11-12', '--at', '2026-11-01', 'still open'); // 3
  svc('commit', 'add', '--customer', '0541', '--due', '2026-11-10', '--at', '2026-11-01', 'broken'); // 4
  svc('commit', 'break', '4', '--at', '2026-11-10', '--note', 'no technician');
  svc('commit', 'add', '--customer', '0541', '--due', '2026-10-28', '--at', '2026-10-20', 'cancelled'); // 5
  svc('commit', 'cancel', '5', '--at', '2026-10-21', '--note', 'customer moved');
  svc('event', 'add', '--from', '2026-11-11', '--to', '2026-11-12', '--kind', 'outage', 'Phone system down');
  browser = await launchChromium();
  // Twenty runs of the built binary, on a machine that may be busy.
}, 240_000);
afterAll(async () => {
  await browser?.close();
  cleanup();
});

/**
 * The drawn marks of a chart: every bar, dot and heat-map cell carries its own aria-label naming
 * its figure (Observable Plot labels the groups of marks, g elements, by their kind, and hides
 * the background from screen readers).
 */
const MARKS = 'svg [aria-label]:not(g):not([aria-hidden])';

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

    const charts = await page.$$eval('figure.chart', (figures, selector) =>
      figures.map((figure) => ({
        key: figure.getAttribute('data-chart'),
        marks: [...figure.querySelectorAll(selector)].filter((mark) => {
          const box = (mark as SVGGraphicsElement).getBBox();
          return box.width > 0 || box.height > 0;
        }).length,
      })),
      MARKS,
    );
    expect(charts.map((chart) => chart.key)).toEqual([
      'rates-per-day',
      'calls-per-day',
      'arrivals-heat-map',
      'service-level-heat-map',
      'wait-distribution',
      'agents',
      'complaints-pareto',
      'commitments-per-week',
    ]);
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

    // Each mark names its figure (`0–10 s, answered calls: 372`): read them back per chart.
    const labels = (key: string) =>
      page.$$eval(`figure[data-chart="${key}"] ${MARKS}`, (marks) => marks.map((mark) => mark.getAttribute('aria-label') ?? ''));
    const figure = (label: string) => Number(label.slice(label.lastIndexOf(': ') + 2).replace(/[,%]/g, ''));

    // The waits of the week's answered calls, bucketed here by the documented edges (up to 10 s,
    // over 10 to 20 s, … over 300 s); the buckets up to T = 20 s hold the calls answered in time.
    const edges = [10, 20, 30, 45, 60, 90, 120, 180, 300];
    const check = new Database(env.SVC_DB as string, { readonly: true });
    const waits = check.prepare(`SELECT wait_s FROM calls WHERE outcome = 'answered' AND wait_s IS NOT NULL AND ${week}`).pluck().all() as number[];
    const withinT = (check.prepare(`SELECT count(*) FROM calls WHERE outcome = 'answered' AND wait_s <= 20 AND ${week}`).pluck().get() as number);
    check.close();
    const buckets = new Array(edges.length + 1).fill(0);
    for (const wait of waits) buckets[edges.filter((edge) => wait > edge).length] += 1;
    const drawn = (await labels('wait-distribution')).map(figure);
    expect(drawn).toEqual(buckets.filter((count) => count > 0));
    expect(drawn.slice(0, 2).reduce((a, b) => a + b, 0)).toBe(withinT);
    expect(await page.$$eval('figure[data-chart="wait-distribution"] g.marker line', (found) => found.length)).toBe(1);

    // Pareto of the seven complaints received in the week: billing 3, delivery 2, then the two
    // singles in order of their names; the cumulative share 3/7, 5/7, 6/7, 7/7.
    const pareto = await labels('complaints-pareto');
    expect(pareto.slice(0, 4)).toEqual(['billing, complaints: 3', 'delivery, complaints: 2', 'rudeness, complaints: 1', 'ביטול, complaints: 1']);
    expect(pareto.slice(4).map(figure)).toEqual([42.9, 71.4, 85.7, 100]);

    // Commitments by the week of their original due, the eight weeks to the report's week:
    // #5 (due 28 Oct, cancelled) in the week of 26 Oct; #1 (due 4 Nov, kept 3 Nov) on time in the
    // week of 2 Nov; in the report's week #2 kept late, #4 broken, #3 still open.
    const commitments = await labels('commitments-per-week');
    expect(commitments.sort()).toEqual(
      ['02 Nov, kept on time: 1', '09 Nov, kept late: 1', '09 Nov, broken or cancelled: 1', '09 Nov, open: 1', '26 Oct, broken or cancelled: 1'].sort(),
    );

    // The outage of 11–12 Nov is shaded on both daily charts, over Wednesday and Thursday.
    const shaded = await page.$$eval('figure.chart g.event rect', (rects) =>
      rects.map((rect) => ({ chart: rect.closest('figure.chart')!.getAttribute('data-chart'), title: rect.textContent })),
    );
    expect(shaded).toEqual([
      { chart: 'rates-per-day', title: 'outage: Phone system down' },
      { chart: 'calls-per-day', title: 'outage: Phone system down' },
    ]);

    // Every drawing is named for screen readers, or hidden from them when it is decoration (a legend's swatch).
    const unnamed = await page.$$eval('figure.chart svg', (svgs) => svgs.filter((svg) => !svg.getAttribute('aria-label') && svg.getAttribute('aria-hidden') !== 'true').length);
    expect(unnamed).toBe(0);
    expect(await page.$eval('figure[data-chart="agents"] svg[role="img"]', (svg) => svg.getAttribute('aria-label'))).toBe('Calls answered per agent');
    // The Hebrew category under the Pareto's bars is laid out right to left; the English ones left to right.
    const directions = await page.$$eval('figure[data-chart="complaints-pareto"] text', (texts) => texts.map((text) => [text.textContent, getComputedStyle(text).direction]));
    expect(directions).toContainEqual(['ביטול', 'rtl']);
    expect(directions).toContainEqual(['billing', 'ltr']);

    // It prints on A4: nothing is wider than the printable width (210 mm less 2 × 15 mm at 96 dpi).
    await page.emulateMediaType('print');
    await page.setViewport({ width: Math.floor((180 / 25.4) * 96), height: 1200 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(Math.floor((180 / 25.4) * 96));
    await page.emulateMediaType('screen');
    await page.setViewport({ width: 900, height: 1200 });
    await page.screenshot({ path: join(OUTPUT, 'weekly-report.png'), fullPage: true });
    await page.close();
  });

  it('customers, one customer, a commitment and a complaint as pages', async () => {
    const page = async (args: string[], name: string) => {
      const file = join(dir, name);
      expect(runBin([...args, '--format', 'html', '--out', file], { cwd: dir, env })).toMatchObject({ code: 0, stdout: '' });
      expect(statSync(file).mode & 0o777).toBe(0o600);
      const opened = await open(file);
      expect(opened.problems).toEqual([]);
      expect(await opened.page.$$eval('script, link, img', (found) => found.length)).toBe(0);
      return opened.page;
    };
    // The list has as many rows as its CSV, written by another renderer.
    const csv = runBin(['customers', '--format', 'csv'], { cwd: dir, env }).stdout.trim().split('\n');
    const customers = await page(['customers'], 'customers.html');
    expect(await customers.$$eval('tbody tr', (rows) => rows.length)).toBe(csv.length - 1);
    await customers.screenshot({ path: join(OUTPUT, 'customers.png'), fullPage: true });
    await customers.close();
    for (const sub of ['movement', 'pillars', 'defectors', 'outreach']) (await page(['customers', sub], `customers-${sub}.html`)).close();

    // One customer's timeline lists each of their calls: counted in the calls table.
    const db = new Database(env.SVC_DB as string, { readonly: true });
    const busiest = db.prepare('SELECT customer, count(*) AS calls FROM calls WHERE customer IS NOT NULL GROUP BY customer ORDER BY calls DESC, customer LIMIT 1').get() as { customer: string; calls: number };
    db.close();
    expect(busiest.calls).toBeGreaterThan(1);
    const customer = await page(['customer', 'show', busiest.customer], 'customer.html');
    const timeline = await customer.$$eval('tbody tr td:nth-child(2)', (cells) => cells.map((cell) => cell.textContent ?? ''));
    expect(timeline.filter((what) => /^(answered|abandoned) call /.test(what))).toHaveLength(busiest.calls);
    await customer.screenshot({ path: join(OUTPUT, 'customer.png'), fullPage: true });
    await customer.close();

    // Commitment 2, due 11 Nov, was kept on 13 Nov at midnight: a day late. Its heading and its two lines of history.
    const commitment = await page(['commit', 'show', '2'], 'commitment.html');
    expect(await commitment.$eval('h1', (heading) => heading.textContent)).toBe('Commitment #2 to customer 0541: kept late');
    // Written now with --at in the past, so both lines say when they were written.
    const history = await commitment.$$eval('tbody tr', (rows) => rows.map((row) => row.lastElementChild?.textContent ?? ''));
    expect(history).toHaveLength(2);
    expect(history[0]).toMatch(/^promised, due 2026-11-11 23:59 \(back-dated: written /);
    expect(history[1]).toMatch(/^kept 1 d late \(back-dated: written /);
    await commitment.close();
    const complaint = await page(['complaint', 'show', '1'], 'complaint.html');
    // Complaint 8 (billing, received 2 Nov) was written later but came first: #1 (billing, 10 Nov) recurs after it.
    expect(await complaint.$eval('h1', (heading) => heading.textContent)).toBe('Complaint #1 from customer 0541234567: received, recurring (after #8)');
    await complaint.close();
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
