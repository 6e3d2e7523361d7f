import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/bin.js';
import { runCli, tempDir } from '../helpers/cli.js';

/**
 * Exports as phone systems write them, imported in-process with no flags. Every expected value is
 * worked out by hand in the fixture folders' expected.md (and fixtures/generic/EXPECTED.md).
 */
let dir: string;
let cleanup: () => void;
let db: string;
beforeEach(async () => {
  ({ dir, cleanup } = tempDir());
  db = join(dir, 'svc.db');
  expect((await svc(['config', 'set', 'timezone', 'UTC'])).code).toBe(0);
});
afterEach(() => cleanup());

function svc(args: string[]) {
  return runCli([...args, '--db', db], { cwd: FIXTURES });
}

function rows(sql: string): unknown[] {
  const store = new Database(db, { readonly: true });
  try {
    return store.prepare(sql).raw().all();
  } finally {
    store.close();
  }
}

const fileLines = (file: string) => readFileSync(join(FIXTURES, file), 'utf8').trimEnd().split('\n').length;
const utc = (iso: string) => Date.parse(`${iso}Z`) / 1000;
const line = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('TIME', '\\d+\\.\\d')}\\n$`);

describe('svc import: exports as they come', () => {
  it('generic times of day: read on the row’s date and across midnight; a broken quote rejects its record and the import goes on', async () => {
    const result = await svc(['import', 'generic/time-of-day.csv']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      line(
        'generic/time-of-day.csv:6: (row): not valid CSV: "R" right after a closing quote (expected the delimiter or the end of the line)\n' +
          'generic/time-of-day.csv: 5 inserted, 0 duplicates, 1 rejected in TIME s (import #1)',
      ),
    );
    expect(rows('SELECT source_key, arrival_at, answer_at, end_at, wait_s, talk_s, outcome FROM calls ORDER BY arrival_at')).toEqual([
      ['T1', utc('2026-03-02T08:00:00'), utc('2026-03-02T08:00:20'), utc('2026-03-02T08:05:20'), 20, 300, 'answered'],
      ['T3', utc('2026-03-02T09:00:00'), utc('2026-03-02T09:00:05'), utc('2026-03-02T09:00:05'), 5, 0, 'answered'],
      ['T4', utc('2026-03-02T09:10:00'), null, utc('2026-03-02T09:10:45'), null, 0, 'abandoned'],
      ['T6', utc('2026-03-02T09:30:00'), utc('2026-03-02T09:30:15'), utc('2026-03-02T09:32:15'), 15, 120, 'answered'],
      ['T2', utc('2026-03-02T23:59:30'), utc('2026-03-03T00:00:10'), utc('2026-03-03T00:04:10'), 40, 240, 'answered'],
    ]);
  });

  it('reads the date order from the date column when the arrival column holds only a time of day', async () => {
    // 25/03/2026 can only be day-first: 25 March.
    writeFileSync(join(dir, 'dmy.csv'), 'Call ID,Date,Start Time,Answer Time,Talk Time\nD1,25/03/2026,9:00:00 AM,9:00:30 AM,60\n');
    const result = await runCli(['import', 'dmy.csv', '--db', db], { cwd: dir });
    expect(result.code).toBe(0);
    expect(rows('SELECT arrival_at, answer_at, wait_s FROM calls')).toEqual([[utc('2026-03-25T09:00:00'), utc('2026-03-25T09:00:30'), 30]]);
  });

  it('--strict still refuses a file with a broken quote, whole', async () => {
    const result = await svc(['import', '--strict', 'generic/time-of-day.csv']);
    expect(result).toMatchObject({
      code: 3,
      stderr: 'Error: generic/time-of-day.csv:6: (row): not valid CSV: "R" right after a closing quote (expected the delimiter or the end of the line) (--strict: nothing was imported)\n',
    });
    expect(rows('SELECT count(*) FROM calls')).toEqual([[0]]);
  });

  it('warns that a generic file of repeated call ids looks like one row per leg, and names the format', async () => {
    const result = await svc(['import', 'generic/legs.csv']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      line(
        "generic/legs.csv: 3 of 6 rows share a call id with an earlier row, as in an export with one row per leg of a call; only the first row of each call is imported (the others count as duplicates). A CDR export is read with --format asterisk-cdr, which makes one call of each call id's legs (see docs/formats.md).\n" +
          'generic/legs.csv: 3 inserted, 3 duplicates, 0 rejected in TIME s (import #1)',
      ),
    );
  });

  it('a linkedid CDR: every record accounted for on stderr and in svc imports --format json', async () => {
    const result = await svc(['import', 'asterisk-cdr-linked/Master.csv']);
    expect(result.code).toBe(0);
    // 10 rows = 4 calls + 6 legs merged into them (expected.md).
    expect(result.stderr).toMatch(line("asterisk-cdr-linked/Master.csv: 4 inserted, 0 duplicates, 0 rejected, 6 merged into another record's call = 10 records in TIME s (import #1)"));
    const [listed] = JSON.parse((await svc(['imports', '--format', 'json'])).stdout);
    expect(listed).toMatchObject({ format: 'asterisk-cdr', inserted: 4, duplicates: 0, rejected: 0, skipped: 0, merged: 6, carried: 0 });
  });

  it('a web-interface CDR report with display-name headers is read as CDR legs, not as a generic file', async () => {
    const result = await svc(['import', 'asterisk-cdr-web/cdr-report.csv']);
    expect(result.stderr).toMatch(line("asterisk-cdr-web/cdr-report.csv: 4 inserted, 0 duplicates, 0 rejected, 1 merged into another record's call = 5 records in TIME s (import #1)"));
    expect(rows('SELECT source_key, outcome, wait_s, talk_s, agent FROM calls ORDER BY arrival_at')).toEqual([
      ['acdr:1772532000.21', 'answered', 15, 180, '202'],
      ['acdr:1772532600.22', 'abandoned', 30, null, null],
      ['acdr:1772533200.23', 'abandoned', 2, null, null],
      ['acdr:1772533800.24', 'answered', 5, 300, '201'],
    ]);
  });
});

describe('svc import: a file from which nothing could be imported', () => {
  it('exits 1 with one line that says so and suggests the format the file looks like; nothing is recorded', async () => {
    // english.csv has 7 lines, none of them a queue_log line.
    const result = await svc(['import', '--format', 'asterisk-queue-log', 'generic/english.csv']);
    expect(result.code).toBe(1);
    const lines = result.stderr.split('\n');
    expect(lines.slice(-3)).toEqual([
      'Error: generic/english.csv: nothing could be imported: 7 records read as asterisk-queue-log, 7 rejected',
      'Hint: the file looks like generic: try --format generic, or leave --format out',
      '',
    ]);
    expect(lines[0]).toBe('generic/english.csv:1: expected at least 5 fields separated by "|" (time|callid|queue|agent|event), found 1');
    expect(rows('SELECT count(*) FROM imports')).toEqual([[0]]);
    expect(rows('SELECT count(*) FROM calls')).toEqual([[0]]);
  });

  it('suggests --map for the column every generic row failed on', async () => {
    // Every line's sku (1001 …) is not a date and time.
    const result = await svc(['import', 'generic/not-a-call-log.csv', '--map', 'arrival=sku', '--map', 'talk=stock']);
    expect(result.code).toBe(1);
    const products = fileLines('generic/not-a-call-log.csv') - 1;
    expect(result.stderr.split('\n').slice(-3, -1)).toEqual([
      `Error: generic/not-a-call-log.csv: nothing could be imported: ${products} records read as generic, ${products} rejected`,
      'Hint: most rows failed on the column "sku": if it is not what svc took it for, name the right column with --map FIELD=COLUMN; if the file is in another format, choose it with --format (svc import --list-formats)',
    ]);
  });
});

describe('svc import: a file with no call in it, and nothing wrong', () => {
  it('a queue_log just rotated, holding only agent events, is imported with exit 0 and its lines skipped', async () => {
    writeFileSync(join(dir, 'queue_log'), '1772496000|NONE|NONE|NONE|QUEUESTART|\n1772496010|NONE|NONE|Agent/1001|AGENTLOGIN|SIP/1001\n');
    const result = await runCli(['import', 'queue_log', '--db', db], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(line('queue_log: 0 inserted, 0 duplicates, 0 rejected, 2 skipped (not calls) in TIME s (import #1)'));
  });
});
