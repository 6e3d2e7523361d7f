import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, FIXTURES } from '../helpers/bin.js';
import { tempDir } from '../helpers/cli.js';

const RECORDER = fileURLToPath(new URL('../helpers/record-modules.mjs', import.meta.url));

/** Dependencies that cost start-up time: each must be loaded only by the commands that use it. */
const CHARTS = ['@observablehq/plot', 'linkedom', 'd3'];
/** The chart library's d3 parts (`d3-scale`, `d3-array` …), bundled with it, count as d3. */
const packageOf = (name: string) => (name.startsWith('d3-') ? 'd3' : name);
const HEAVY = ['@inquirer/', ...CHARTS, 'chrono-node', 'csv-parse', 'libphonenumber-js', 'better-sqlite3', 'iconv-lite', 'yauzl', 'saxes', '@bomb.sh/tab', 'cli-table3', 'cli-progress'];

let dir: string;
let runs = 0;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('svc-e2e-modules-')));
afterEach(() => cleanup());

/**
 * What the built binary loaded to run `svc ARGS`: the npm packages (those it imported, and those
 * bundled into the chunks it read), the modules of svc's own in those chunks (`src/…`, from the
 * build's list of each chunk's modules) and the other files of the repository it read
 * (`bin/svc`, `package.json`), and the chunk files themselves.
 */
function packagesLoaded(args: string[]): { code: number | null; stdout: string; stderr: string; packages: Set<string>; own: Set<string>; chunks: Set<string> } {
  const record = join(dir, `modules-${(runs += 1)}.txt`);
  const run = spawnSync(process.execPath, ['--import', RECORDER, BIN, ...args], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', HOME: dir, NO_COLOR: '1', TZ: 'UTC', SVC_DB: join(dir, 'svc.db'), SVC_RECORD_MODULES: record },
    encoding: 'utf8',
  });
  const packages = new Set<string>();
  const own = new Set<string>();
  const chunks = new Set<string>();
  const seen = (file: string) => {
    const match = /node_modules[/\\]((?:@[^/\\]+[/\\])?[^/\\]+)/.exec(file);
    if (match) packages.add(match[1]!.replace('\\', '/'));
    else own.add(file);
  };
  for (const line of readFileSync(record, 'utf8').split('\n')) {
    if (line.includes('node_modules')) {
      seen(line);
      continue;
    }
    const file = line.startsWith(REPO) ? line.slice(REPO.length) : line.startsWith(REPO_URL) ? line.slice(REPO_URL.length) : undefined;
    if (file === undefined) continue;
    const chunk = /^dist\/bundle\/([^/]+\.js)$/.exec(file)?.[1];
    if (chunk === undefined) seen(file);
    else {
      chunks.add(chunk);
      for (const module of CHUNK_MODULES[chunk] ?? []) seen(module);
    }
  }
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, packages, own, chunks };
}

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const REPO_URL = new URL('../../', import.meta.url).href;
/** Each chunk of the bundle and the modules it holds, as the build lists them. */
const CHUNK_MODULES = JSON.parse(readFileSync(new URL('../../dist/bundle/modules.json', import.meta.url), 'utf8')) as Record<string, string[]>;

const START_UP_CHUNK = Object.keys(CHUNK_MODULES).find((chunk) => chunk.startsWith('start-up-'));
const BUNDLER_RUNTIME = Object.keys(CHUNK_MODULES).find((chunk) => chunk.startsWith('rolldown-runtime-'));

/** The command groups' declarations among the modules loaded, e.g. `report`. */
const declarationsIn = (own: Set<string>) => [...own].map((file) => /^src\/commands\/([^/]+)\/index\.ts$/.exec(file)?.[1]).filter((name) => name !== undefined).sort();
/** The command groups whose implementation (any module of the folder but its declaration) was loaded. */
const implementationsIn = (own: Set<string>) =>
  [...new Set([...own].map((file) => /^src\/commands\/([^/]+)\/(?!index\.ts$)/.exec(file)?.[1]).filter((name) => name !== undefined))].sort();

/** Every command group in the sources, found from the folders rather than from the list the CLI keeps. */
const ALL_GROUPS = readdirSync(new URL('../../src/commands/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && readdirSync(new URL(`../../src/commands/${entry.name}/`, import.meta.url)).includes('index.ts'))
  .map((entry) => entry.name)
  .sort();

const heavyIn = (packages: Set<string>, heavy = HEAVY) => [...new Set([...packages].map(packageOf))].filter((name) => heavy.some((prefix) => (prefix.endsWith('/') ? name.startsWith(prefix) : name === prefix)));

describe('start-up', () => {
  it('svc --version is answered by bin/svc alone: no package, not even the argument parser, and nothing of dist/', () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    for (const args of [['--version'], ['-V']]) {
      const { code, stdout, packages, own } = packagesLoaded(args);
      expect({ code, stdout }, args.join(' ')).toEqual({ code: 0, stdout: `${version}\n` });
      expect([...packages], args.join(' ')).toEqual([]);
      expect([...own].filter((file) => file !== 'package.json'), args.join(' ')).toEqual(['bin/svc']);
    }
    // Given anything else, the version goes through the argument parser, which the recorder sees.
    const parsed = packagesLoaded(['--db', join(dir, 'svc.db'), '--version']);
    expect(parsed.stdout).toBe(`${version}\n`);
    expect(parsed.packages.has('commander')).toBe(true);
  });

  it('svc --help and svc alone load the argument parser and every declaration, from one chunk, and none of the heavy dependencies', () => {
    expect(ALL_GROUPS).toEqual(expect.arrayContaining(['report', 'import', 'completion', 'survey']));
    for (const args of [['--help'], []]) {
      const { code, packages, own, chunks } = packagesLoaded(args);
      expect(code, args.join(' ')).toBe(0);
      // The recorder works: the argument parser itself is seen.
      expect(packages.has('commander'), args.join(' ')).toBe(true);
      expect(heavyIn(packages), args.join(' ')).toEqual([]);
      expect(declarationsIn(own), args.join(' ')).toEqual(ALL_GROUPS);
      expect([...packages].sort(), args.join(' ')).toEqual(['commander']);
      // The compiler of the chunks with their code cache, the bundle's entry, its start-up chunk and the bundler's helpers for CommonJS: no other file of dist/.
      expect([...chunks].sort(), args.join(' ')).toEqual(['cli.js', 'code-cache.js', BUNDLER_RUNTIME, START_UP_CHUNK].filter((chunk) => chunk !== undefined).sort());
    }
  });

  it("a command line loads the implementation of the command it names and no other command's; its --help, none", () => {
    for (const args of [['report', '--help'], ['--db', join(dir, 'svc.db'), 'report', '--help'], [`--db=${join(dir, 'svc.db')}`, 'report', '--help']]) {
      const { code, own } = packagesLoaded(args);
      expect(code, args.join(' ')).toBe(0);
      expect(implementationsIn(own), args.join(' ')).toEqual([]);
    }
    expect(packagesLoaded(['import', join(FIXTURES, 'sample', 'calls.csv'), '--quiet']).code).toBe(0);
    const report = packagesLoaded(['report', '--weekly']);
    expect(report.code).toBe(0);
    expect(implementationsIn(report.own)).toEqual(['report']);
    expect(implementationsIn(packagesLoaded(['completion', 'bash']).own)).toEqual(['completion']);
    const mistyped = packagesLoaded(['reprt']);
    expect(mistyped.code).toBe(1);
    expect(mistyped.stderr).toContain('did you mean report?');
    expect(implementationsIn(mistyped.own)).toEqual([]);
    expect(declarationsIn(mistyped.own)).toEqual(ALL_GROUPS);
  });

  it("a command's --help loads no more than svc --help", () => {
    const { code, packages } = packagesLoaded(['survey', 'run', '--help']);
    expect(code).toBe(0);
    expect(heavyIn(packages)).toEqual([]);
  });

  it('svc config get opens the store but loads no prompt, chart, date-phrase, CSV or completion library', () => {
    expect(packagesLoaded(['config', 'set', 'timezone', 'UTC']).code).toBe(0);
    const { code, packages } = packagesLoaded(['config', 'get', 'timezone']);
    expect(code).toBe(0);
    expect(packages.has('better-sqlite3')).toBe(true);
    expect(heavyIn(packages, ['@inquirer/', ...CHARTS, 'chrono-node', 'csv-parse', 'iconv-lite', 'yauzl', 'saxes', '@bomb.sh/tab', 'cli-progress'])).toEqual([]);
  });

  it('the report loads the chart library and its DOM only for its page', () => {
    expect(packagesLoaded(['import', join(FIXTURES, 'sample', 'calls.csv'), '--quiet']).code).toBe(0);
    const week = ['report', '--from', '2026-11-09', '--to', '2026-11-15'];
    const table = packagesLoaded(week);
    expect(table.code).toBe(0);
    expect(heavyIn(table.packages, CHARTS)).toEqual([]);
    // A page without a chart does not load them either (the modules seen add up over this test's runs: it comes before the report's page).
    const customers = packagesLoaded(['customers', '--format', 'html', '--out', join(dir, 'customers.html')]);
    expect(customers.code).toBe(0);
    expect(heavyIn(customers.packages, CHARTS)).toEqual([]);
    const page = packagesLoaded([...week, '--format', 'html', '--out', join(dir, 'week.html')]);
    expect(page.code).toBe(0);
    expect(heavyIn(page.packages, CHARTS).sort()).toEqual(['@observablehq/plot', 'd3', 'linkedom']);
  });

  it('the survey report loads the chart library only for its page', () => {
    const answers = join(FIXTURES, 'reviews', 'nps-web-form.csv');
    expect(packagesLoaded(['survey', 'import', answers, '--instrument', 'nps', '--map', 'nps=How likely are you to recommend us?', '--quiet']).code).toBe(0);
    const survey = ['survey', 'report', 'nps', '--from', '2026-11-01', '--to', '2026-11-30'];
    const table = packagesLoaded(survey);
    expect(table.code).toBe(0);
    expect(heavyIn(table.packages, CHARTS)).toEqual([]);
    const page = packagesLoaded([...survey, '--format', 'html', '--out', join(dir, 'survey.html')]);
    expect(page.code).toBe(0);
    expect(readFileSync(join(dir, 'survey.html'), 'utf8')).toContain('data-chart="nps-nps"');
    expect(page.packages.has('@observablehq/plot')).toBe(true);
  });

  it('the ledgers load the CSV reader only to import', () => {
    expect(packagesLoaded(['config', 'set', 'timezone', 'UTC']).code).toBe(0);
    for (const args of [['complaint', 'list'], ['commit', 'add', 'Call back about the refund', '--customer', '0541234567', '--due', '2030-01-01']]) {
      const { code, packages } = packagesLoaded(args);
      expect(code, args.join(' ')).toBe(0);
      expect(heavyIn(packages, ['csv-parse', '@inquirer/', ...CHARTS, '@bomb.sh/tab']), args.join(' ')).toEqual([]);
    }
  });

  it('a command that needs a heavy library does load it, so the checks above can fail', () => {
    const { code, packages } = packagesLoaded(['completion', 'bash']);
    expect(code).toBe(0);
    expect(packages.has('@bomb.sh/tab')).toBe(true);
  });
});
