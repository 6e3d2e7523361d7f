// npm run bench [-- --rows N] [--customers N] [--keep] [--start-up-only] [--store FILE]: time the
// CLI's start-up against node's (with --store, and the weekly report as whole commands on that
// existing store, SVC_NOW from the environment, and nothing else), generate a call log, import it
// into a fresh store, time the weekly report (in-process and as whole commands), a
// week's staffing at 15-minute intervals and the customer lists, and compare with the sqlite3
// shell's .import of the same file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, existsSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCallLog } from './lib/generate-calls.mjs';
import { describeAgainstNode, describeStartUp, measureAgainstNode, measureStartUp } from './lib/start-up.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'svc');
const rowsArg = process.argv.indexOf('--rows');
const rows = rowsArg > 0 ? Number(process.argv[rowsArg + 1]) : 1_000_000;
const keep = process.argv.includes('--keep');
const customersArg = process.argv.indexOf('--customers');
// Callers drawn from: by default a third of the rows (most call once or twice); fewer callers call more often.
const customers = customersArg > 0 ? Number(process.argv[customersArg + 1]) : undefined;
if (customers !== undefined && (!Number.isInteger(customers) || customers <= 0)) throw new Error('--customers takes a positive whole number');
if (!Number.isInteger(rows) || rows <= 0) throw new Error('--rows takes a positive whole number');

const work = mkdtempSync(join(tmpdir(), 'svc-bench-'));
const csv = join(work, 'calls.csv');
const store = join(work, 'svc.db');
const days = Math.max(14, Math.min(365, Math.ceil(rows / 2700)));
const firstDay = '2025-01-06';
const DAILY_CALLS = 30_000;

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`);
const START_UP_RUNS = 21;
console.log(describeStartUp(measureStartUp(bin, START_UP_RUNS), START_UP_RUNS));
/** The weekly report in its four forms as whole commands, beside `node -e 0`: the goal is 100 ms beyond node. */
function wholeReports(db, reportEnv) {
  const WHOLE_RUNS = 15;
  const week = ['report', '--weekly', '--db', db];
  const commands = { 'svc report --weekly': week, '  --by agent': [...week, '--by', 'agent'], '  --by hour': [...week, '--by', 'hour'], '  --compare': [...week, '--compare'] };
  return describeAgainstNode('weekly report, whole commands', measureAgainstNode(bin, commands, WHOLE_RUNS, reportEnv), WHOLE_RUNS);
}
const storeArg = process.argv.indexOf('--store');
if (storeArg > 0) {
  if (!process.env.SVC_NOW) throw new Error('--store takes the report\'s "now" from SVC_NOW, e.g. SVC_NOW=2026-01-06T00:00:00Z');
  console.log(wholeReports(process.argv[storeArg + 1], {}));
}
if (process.argv.includes('--start-up-only') || storeArg > 0) {
  rmSync(work, { recursive: true, force: true });
  process.exit(0);
}
let t = performance.now();
await writeCallLog(csv, { rows, firstDay, days, customers });
const size = statSync(csv).size;
console.log(`generated ${rows.toLocaleString('en')} calls of up to ${Math.floor(customers ?? rows / 3).toLocaleString('en')} customers over ${days} days, ${(size / 2 ** 20).toFixed(0)} MB, in ${((performance.now() - t) / 1000).toFixed(1)} s`);

const env = { ...process.env, NO_COLOR: '1' };
const hasTime = existsSync('/usr/bin/time');
run(process.execPath, [bin, 'config', 'set', 'timezone', 'UTC', '--db', store]);
t = performance.now();
// Run as installed, through bin/svc's own #! line: the node flags there are part of what is measured.
const importRun = hasTime
  ? run('/usr/bin/time', ['-f', 'maxrss_kb=%M cpu_s=%U+%S', bin, 'import', csv, '--db', store, '--quiet'])
  : run(bin, ['import', csv, '--db', store, '--quiet']);
const importSeconds = (performance.now() - t) / 1000;
const peak = /maxrss_kb=(\d+)/.exec(importRun.stderr);
// CPU time (user + system, every thread) moves far less than wall-clock time when the machine is busy.
const importCpu = cpuSeconds(importRun.stderr);
console.log(`svc import: ${importSeconds.toFixed(1)} s, ${Math.round(rows / importSeconds).toLocaleString('en')} rows/s` + (peak ? `, peak memory ${(Number(peak[1]) / 1024).toFixed(0)} MB` : '') + (importCpu !== undefined ? `, CPU ${importCpu.toFixed(1)} s` : ''));
console.log(`  ${importRun.stderr.split('\n').find((line) => line.includes('inserted')) ?? ''}`);

// The cron case: one more day of 30,000 calls, from the same customers, into the store just built.
const dailyCsv = join(work, 'day.csv');
const dailyDay = new Date(Date.parse(`${firstDay}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);
// The day's callers are drawn from the store's own customers (with --customers, the same ones; before, a third of the rows' worth).
await writeCallLog(dailyCsv, { rows: DAILY_CALLS, firstDay: dailyDay, days: 1, customers: customers ?? rows / 3, idPrefix: 'D' });
const startup = median3(() => run(process.execPath, [bin, '--version']));
const startupCpu = [0, 1, 2].map(() => cpuOf(withCpu([bin, '--version']))).sort((a, b) => a - b)[1];
t = performance.now();
const dailyRun = withCpu([bin, 'import', dailyCsv, '--db', store, '--quiet']);
const dailyMs = performance.now() - t;
console.log(`daily import of ${DAILY_CALLS.toLocaleString('en')} calls into the store: ${dailyMs.toFixed(0)} ms, of which ${(dailyMs - startup).toFixed(0)} ms beyond start-up (${startup.toFixed(0)} ms)`);
if (hasTime) console.log(`  CPU (user + system, both threads): ${cpuOf(dailyRun)} ms, ${cpuOf(dailyRun) - startupCpu} ms beyond start-up's ${startupCpu} ms`);
console.log(`  ${dailyRun.stderr.split('\n').find((line) => line.includes('inserted')) ?? ''}`);

// The last complete week of the generated data (the daily import's day comes after it).
const lastDay = new Date(Date.parse(`${firstDay}T00:00:00Z`) + days * 86400000);
const reportEnv = { ...env, SVC_NOW: lastDay.toISOString() };
const { openStore } = await import(join(root, 'dist', 'db', 'open.js'));
const { buildCallReport } = await import(join(root, 'dist', 'core', 'report', 'build.js')).catch(() => ({}));
if (buildCallReport) {
  const { resolvePeriod } = await import(join(root, 'dist', 'core', 'time', 'period.js'));
  const db = openStore(store);
  const today = Math.floor(lastDay.getTime() / 86400000);
  const period = resolvePeriod({ weekly: true }, today, 'monday');
  const medianOf7 = (request) => {
    const latencies = [];
    for (let i = 0; i < 7; i++) {
      const started = performance.now();
      buildCallReport(db, { period, now: lastDay, ...request });
      latencies.push(performance.now() - started);
    }
    return latencies.sort((a, b) => a - b)[3].toFixed(1);
  };
  console.log(`weekly report (in-process, median of 7): ${medianOf7({})} ms`);
  console.log(`  --by agent ${medianOf7({ by: 'agent' })} ms, --by hour ${medianOf7({ by: 'hour' })} ms, --compare ${medianOf7({ compare: true })} ms`);
  // The tables for people do not show each group's distinct customers, the one part that reads calls.
  console.log(`  as a table: --by agent ${medianOf7({ by: 'agent', groupCustomers: false })} ms, --by hour ${medianOf7({ by: 'hour', groupCustomers: false })} ms`);
  // A table with --compare also draws 8 periods' sparklines: the report's two, and six measured together.
  const { buildKpiTrend } = await import(join(root, 'dist', 'core', 'report', 'trend.js'));
  const withTrend = [];
  for (let i = 0; i < 7; i++) {
    const started = performance.now();
    const report = buildCallReport(db, { period, now: lastDay, compare: true });
    buildKpiTrend(db, period, 8, { previous: report.previous, current: report.totals });
    withTrend.push(performance.now() - started);
  }
  console.log(`  --compare with the sparklines of 8 periods ${withTrend.sort((a, b) => a - b)[3].toFixed(1)} ms`);
  db.close();
  // What the HTML page adds to the report: the charts' data, and drawing the page.
  const { buildReportCharts } = await import(join(root, 'dist', 'core', 'report', 'charts.js'));
  const { reportView } = await import(join(root, 'dist', 'io', 'render', 'views', 'report.js'));
  const { renderDocumentHtml } = await import(join(root, 'dist', 'io', 'render', 'document', 'html.js'));
  const chartsDb = openStore(store);
  const report = buildCallReport(chartsDb, { period, now: lastDay });
  const data = [];
  const drawing = [];
  for (let i = 0; i < 7; i++) {
    let started = performance.now();
    const charts = buildReportCharts(chartsDb, period, { now: Math.floor(lastDay.getTime() / 1000), events: report.events });
    data.push(performance.now() - started);
    started = performance.now();
    await renderDocumentHtml(reportView(report, { previousPeriod: null, trend: null, explain: false, charts }));
    drawing.push(performance.now() - started);
  }
  chartsDb.close();
  const middle = (values) => [...values].sort((a, b) => a - b)[3];
  console.log(`weekly HTML page beyond the report (in-process, median of 7): charts' data ${middle(data).toFixed(1)} ms, drawing the page ${middle(drawing).toFixed(1)} ms`);
}
console.log(wholeReports(store, reportEnv));
// Start-up is what `svc --version` takes; the HTML report's charts and their libraries come on top.
const startups = [];
for (let i = 0; i < 3; i++) {
  t = performance.now();
  run(process.execPath, [bin, '--version']);
  startups.push(performance.now() - t);
}
const htmlRuns = [];
for (let i = 0; i < 3; i++) {
  t = performance.now();
  run(process.execPath, [bin, 'report', '--weekly', '--compare', '--format', 'html', '--out', join(work, 'week.html'), '--db', store], reportEnv);
  htmlRuns.push(performance.now() - t);
}
const median = (values) => [...values].sort((a, b) => a - b)[1];
console.log(`weekly HTML report with --compare (median of 3): ${median(htmlRuns).toFixed(0)} ms, of which ${(median(htmlRuns) - median(startups)).toFixed(0)} ms beyond start-up (${median(startups).toFixed(0)} ms)`);

// Staffing of the last complete week at 15-minute intervals (672 intervals), from the interval rollups.
const { staffFromLog } = await import(join(root, 'dist', 'core', 'staffing', 'log-staffing.js')).catch(() => ({}));
if (staffFromLog) {
  const { resolvePeriod } = await import(join(root, 'dist', 'core', 'time', 'period.js'));
  const { readSettings } = await import(join(root, 'dist', 'db', 'settings.js'));
  const db = openStore(store);
  const settings = readSettings(db);
  const period = resolvePeriod({ weekly: true }, Math.floor(lastDay.getTime() / 86400000), 'monday');
  const target = { kpi: 'service_level', value: 0.8, thresholdS: 20 };
  for (const model of ['erlang-c', 'erlang-a']) {
    const latencies = [];
    for (let i = 0; i < 7; i++) {
      const started = performance.now();
      staffFromLog(db, settings, { period, intervalMin: 15, target, targetSource: 'option', model, shrinkage: null, typical: false });
      latencies.push(performance.now() - started);
    }
    latencies.sort((a, b) => a - b);
    console.log(`staffing, a week at 15 min, ${model} (in-process, median of 7): ${latencies[3].toFixed(1)} ms`);
  }
  db.close();
  t = performance.now();
  const staffing = run(process.execPath, [bin, 'staffing', '--weekly', '--interval', '15m', '--format', 'json', '--db', store], reportEnv);
  console.log(`staffing, a week at 15 min (whole command, node start-up included): ${(performance.now() - t).toFixed(0)} ms, exit ${staffing.status}`);
}

// Every customer list and one customer's view, each the median of three whole commands, beside start-up alone.
const customerRuns = (args) => {
  const times = [];
  const cpus = [];
  let result;
  for (let i = 0; i < 3; i++) {
    t = performance.now();
    result = withCpu([bin, ...args, '--db', store], reportEnv);
    times.push(performance.now() - t);
    cpus.push(cpuOf(result));
  }
  return { ms: median(times), cpuMs: median(cpus), stdout: result.stdout };
};
const commandStartup = median(startups);
const list = customerRuns(['customers', '--format', 'csv']);
const listed = list.stdout.split('\n').slice(1).filter(Boolean);
console.log(`customers: ${listed.length.toLocaleString('en')} (median of 3 whole commands; start-up alone ${commandStartup.toFixed(0)} ms)`);
const busiest = customerRuns(['customers', '--sort', 'contacts', '--limit', '1', '--format', 'csv']).stdout.split('\n')[1]?.split(',')[0];
for (const args of [
  ['customers', '--format', 'csv'],
  ['customers', '--kind', 'hostage', '--sort', 'trust', '--limit', '20'],
  ['customers', 'movement', '--monthly'],
  ['customers', 'pillars', '--monthly'],
  ['customers', 'defectors', '--format', 'csv'],
  ['customers', 'outreach'],
  ...(busiest ? [['customer', 'show', busiest, '--format', 'json']] : []),
]) {
  const { ms, cpuMs } = args[2] === 'csv' && args.length === 3 ? list : customerRuns(args);
  const cpu = hasTime ? `; CPU ${cpuMs} ms, ${cpuMs - startupCpu} ms beyond start-up` : '';
  console.log(`  svc ${args.join(' ')}: ${ms.toFixed(0)} ms, ${(ms - commandStartup).toFixed(0)} ms beyond start-up${cpu}`);
}

const sqlite = spawnSync('sqlite3', ['-version'], { encoding: 'utf8' });
if (sqlite.status === 0) {
  const plain = join(work, 'plain.db');
  t = performance.now();
  const shellRun = hasTime
    ? run('/usr/bin/time', ['-f', 'cpu_s=%U+%S', 'sqlite3', plain, '.mode csv', `.import ${csv} calls`])
    : run('sqlite3', [plain, '.mode csv', `.import ${csv} calls`]);
  const shellSeconds = (performance.now() - t) / 1000;
  const shellCpu = cpuSeconds(shellRun.stderr);
  console.log(`sqlite3 shell .import: ${shellSeconds.toFixed(1)} s; svc import / shell = ${(importSeconds / shellSeconds).toFixed(2)}×`);
  if (importCpu !== undefined && shellCpu !== undefined) {
    console.log(`  CPU: shell ${shellCpu.toFixed(1)} s; svc import / shell = ${(importCpu / shellCpu).toFixed(2)}×`);
  }
} else {
  console.log('sqlite3 shell not installed: no baseline');
}
if (keep) console.log(`kept: ${work}`);
else rmSync(work, { recursive: true, force: true });

/** User + system seconds from /usr/bin/time's `cpu_s=U+S`, if it is there. */
function cpuSeconds(stderr) {
  const found = /cpu_s=([\d.]+)\+([\d.]+)/.exec(stderr);
  return found ? Number(found[1]) + Number(found[2]) : undefined;
}

/** The median of three timings of `work`, in ms. */
function median3(work) {
  const times = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[1];
}

/** Runs svc with `args`, through /usr/bin/time when it is there, so cpuOf can read its CPU time. */
function withCpu(args, runEnv = env) {
  return hasTime ? run('/usr/bin/time', ['-f', 'cpu_ms=%U %S', process.execPath, ...args], runEnv) : run(process.execPath, args, runEnv);
}

/** User + system CPU of a withCpu run, in ms (0 without /usr/bin/time): it moves far less with the machine's load than wall time. */
function cpuOf(result) {
  const found = /cpu_ms=([\d.]+) ([\d.]+)/.exec(result.stderr);
  return found ? Math.round((Number(found[1]) + Number(found[2])) * 1000) : 0;
}

function run(command, args, runEnv = env) {
  const result = spawnSync(command, args, { encoding: 'utf8', env: runEnv, maxBuffer: 256 * 2 ** 20 });
  if (result.status !== 0) {
    process.stderr.write(result.stderr);
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}`);
  }
  return result;
}
