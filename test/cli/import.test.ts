import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/bin.js';
import { runCli, tempDir } from '../helpers/cli.js';

/**
 * `svc import` on the generic fixtures, run in-process with the fixtures folder as the working
 * directory (so messages name the files as a user types them). Every expected row comes from
 * fixtures/generic/EXPECTED.md, worked out by hand; nothing here is pasted from svc's output.
 */
const GENERIC = join(FIXTURES, 'generic');

let dir: string;
let cleanup: () => void;
let db: string;
beforeEach(async () => {
  ({ dir, cleanup } = tempDir());
  db = join(dir, 'svc.db');
  expect((await svc(['config', 'set', 'timezone', 'Asia/Jerusalem'])).code).toBe(0);
});
afterEach(() => cleanup());

function svc(args: string[], options: { stdin?: string; cwd?: string } = {}) {
  return runCli([...args, '--db', db], { cwd: options.cwd ?? GENERIC, stdin: options.stdin });
}

/** Unix seconds of a UTC instant as EXPECTED.md writes it. */
const utc = (iso: string) => Date.parse(`${iso}Z`) / 1000;
/** The store's "local hour": hours since 1970-01-01 00:00 on the Jerusalem wall clock, from the wall-clock reading. */
const wallHour = (wall: string) => Math.floor(Date.parse(`${wall}Z`) / 3_600_000);

const COLUMNS = 'source_key, import_id, queue, agent, customer, arrival_at, answer_at, end_at, local_hour, wait_s, talk_s, hold_s, wrap_s, outcome, ending, resolved, csat';
type Row = [string, number, string | null, string | null, string | null, number, number | null, number | null, number, ...(number | string | null)[]];

/** Every column of every call, in insertion order, read straight from the store file. */
function storedCalls(): unknown[][] {
  const store = new Database(db, { readonly: true });
  try {
    return store.prepare(`SELECT ${COLUMNS} FROM calls ORDER BY id`).raw().all() as unknown[][];
  } finally {
    store.close();
  }
}

function tableRows(sql: string): unknown[] {
  const store = new Database(db, { readonly: true });
  try {
    return store.prepare(sql).all();
  } finally {
    store.close();
  }
}

/** What stays in the store: a refused or dry import must leave every table as it was. */
function snapshot() {
  return {
    calls: tableRows('SELECT * FROM calls ORDER BY id'),
    imports: tableRows('SELECT * FROM imports ORDER BY id'),
    hourly_rollup: tableRows('SELECT * FROM hourly_rollup ORDER BY local_hour, queue, agent'),
    import_carry: tableRows('SELECT * FROM import_carry ORDER BY format, key'),
  };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The one summary line; only the time taken varies. */
function summary(file: string, counts: string, tail = '\\(import #1\\)'): RegExp {
  return new RegExp(`^${escape(file)}: ${escape(counts)} in \\d+\\.\\d s ${tail}$`);
}

/** stderr, line by line: exact strings, and a pattern only where the time taken varies. */
function expectLines(stderr: string, lines: (string | RegExp)[]) {
  const actual = stderr.split('\n');
  expect(actual.pop()).toBe('');
  expect(actual).toHaveLength(lines.length);
  lines.forEach((line, index) => {
    if (typeof line === 'string') expect(actual[index]).toBe(line);
    else expect(actual[index]).toMatch(line);
  });
}

// english.csv: times without an offset are Jerusalem wall clock, UTC+2 in November 2026.
const ENGLISH: Row[] = [
  ['A-1', 1, 'billing', 'dana', '0541234567', utc('2026-11-02T07:00:00'), null, null, wallHour('2026-11-02T09:00'), 12, 200, 0, 30, 'answered', 'answered', 1, 5],
  ['A-2', 1, 'billing', null, '+972541112222', utc('2026-11-02T07:05:10'), null, null, wallHour('2026-11-02T09:05'), 45, null, null, null, 'abandoned', 'abandoned', null, null],
  ['A-3', 1, 'support', 'omer', '0541234567', utc('2026-11-02T10:15:00'), null, null, wallHour('2026-11-02T12:15'), 20, 3723, 15, null, 'answered', 'Completed', 0, 3],
  ['A-4', 1, 'support', 'omer', null, utc('2026-11-02T09:00:00'), null, null, wallHour('2026-11-02T11:00'), 3, 95.5, null, 10, 'answered', 'ANSWERED', null, null],
  ['A-5', 1, 'billing', 'dana', '0529999999', utc('2026-11-03T06:30:00'), null, null, wallHour('2026-11-03T08:30'), 0, null, null, null, 'abandoned', 'NO ANSWER', null, null],
  ['A-6', 1, 'support', 'Levi, Noa', '0529999999', utc('2026-11-03T06:31:00'), null, null, wallHour('2026-11-03T08:31'), 21, 240, 0, 0, 'answered', 'answered', 1, 4],
];

describe('svc import: each generic fixture gives the rows of EXPECTED.md', () => {
  it('english.csv: English headers with units, offsets, clock durations and a quoted comma', async () => {
    const result = await svc(['import', 'english.csv']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expectLines(result.stderr, [summary('english.csv', '6 inserted, 0 duplicates, 0 rejected')]);
    expect(storedCalls()).toEqual(ENGLISH);
  });

  it('hebrew.csv: Hebrew headers and values, BOM, CRLF, date + time columns, read day-first with a notice', async () => {
    const result = await svc(['import', 'hebrew.csv']);
    expect(result.code).toBe(0);
    expectLines(result.stderr, [
      'hebrew.csv: dates such as 03/11/2026 read day-first (DD/MM/YYYY); use --date-format mdy if they are month-first',
      summary('hebrew.csv', '3 inserted, 0 duplicates, 0 rejected'),
    ]);
    expect(storedCalls()).toEqual([
      ['101', 1, 'חיובים', 'דנה כהן', '0501234567', utc('2026-11-03T07:15:00'), null, null, wallHour('2026-11-03T09:15'), 15, 180, null, null, 'answered', null, 1, null],
      ['102', 1, 'חיובים', null, '0501234567', utc('2026-11-03T07:20:30'), null, null, wallHour('2026-11-03T09:20'), 70, null, null, null, 'abandoned', null, null, null],
      ['103', 1, 'תמיכה, טכנית', 'עומר לוי', '0509876543', utc('2026-11-04T12:00:00'), null, null, wallHour('2026-11-04T14:00'), 5, 120, null, null, 'answered', null, 0, null],
    ]);
  });

  it('day-first.csv: ambiguous dates read day-first, with a notice', async () => {
    const result = await svc(['import', 'day-first.csv']);
    expect(result.code).toBe(0);
    expectLines(result.stderr, [
      'day-first.csv: dates such as 02/11/2026 09:00 read day-first (DD/MM/YYYY); use --date-format mdy if they are month-first',
      summary('day-first.csv', '3 inserted, 0 duplicates, 0 rejected'),
    ]);
    expect(storedCalls()).toEqual([
      ['D-1', 1, null, 'dana', null, utc('2026-11-02T07:00:00'), null, null, wallHour('2026-11-02T09:00'), 10, 100, null, null, 'answered', null, null, null],
      ['D-2', 1, null, 'dana', null, utc('2026-11-03T15:45:00'), null, null, wallHour('2026-11-03T17:45'), 5, 60, null, null, 'answered', null, null, null],
      ['D-3', 1, null, 'omer', null, utc('2026-11-05T10:00:30'), null, null, wallHour('2026-11-05T12:00'), 30, null, null, null, 'abandoned', null, null, null],
    ]);
  });

  it('day-first.csv with --date-format mdy: 11 February, 11 March, 11 May, and no notice', async () => {
    const result = await svc(['import', 'day-first.csv', '--date-format', 'mdy']);
    expect(result.code).toBe(0);
    expectLines(result.stderr, [summary('day-first.csv', '3 inserted, 0 duplicates, 0 rejected')]);
    // February and March (before 27 March) are UTC+2; May is summer time, UTC+3.
    expect(storedCalls().map((row) => [row[0], row[5], row[8]])).toEqual([
      ['D-1', utc('2026-02-11T07:00:00'), wallHour('2026-02-11T09:00')],
      ['D-2', utc('2026-03-11T15:45:00'), wallHour('2026-03-11T17:45')],
      ['D-3', utc('2026-05-11T09:00:30'), wallHour('2026-05-11T12:00')],
    ]);
  });

  it('tabs.tsv: tab-separated with CRLF, leading zeros kept', async () => {
    const result = await svc(['import', 'tabs.tsv']);
    expect(result.code).toBe(0);
    expectLines(result.stderr, [summary('tabs.tsv', '2 inserted, 0 duplicates, 0 rejected')]);
    expect(storedCalls()).toEqual([
      ['T-1', 1, 'sales', 'noa', '00123', utc('2026-11-02T08:00:00'), null, null, wallHour('2026-11-02T10:00'), 8, 300, null, null, 'answered', 'answered', null, null],
      ['T-2', 1, 'sales', null, '00123', utc('2026-11-02T08:10:00'), null, null, wallHour('2026-11-02T10:10'), 95, null, null, null, 'abandoned', 'abandoned', null, null],
    ]);
  });

  it('quoted.csv: quotes, commas and newlines inside fields; the bad row after them named by its own line', async () => {
    const result = await svc(['import', 'quoted.csv']);
    expect(result.code).toBe(0);
    expectLines(result.stderr, [
      'quoted.csv:6: arrival: "2026-13-45 09:20:00" is not a valid date and time',
      summary('quoted.csv', '2 inserted, 0 duplicates, 1 rejected'),
    ]);
    expect(storedCalls()).toEqual([
      ['Q-1', 1, null, 'Cohen, Dana', '555', utc('2026-11-02T07:00:00'), null, null, wallHour('2026-11-02T09:00'), null, null, null, null, 'answered', 'answered', null, null],
      ['Q-2', 1, null, 'omer', '556', utc('2026-11-02T07:10:00'), null, null, wallHour('2026-11-02T09:10'), null, null, null, null, 'abandoned', 'abandoned', null, null],
    ]);
  });

  it('--tz reads times without an offset in another zone; calls are still filed on the store’s clock', async () => {
    const result = await svc(['import', 'english.csv', '--tz', 'UTC']);
    expect(result.code).toBe(0);
    // A-1 "09:00:00" is now 09:00 UTC = 11:00 in Jerusalem; A-3 (Z) and A-4 (+02:00) do not move.
    expect(storedCalls().map((row) => [row[0], row[5], row[8]])).toEqual([
      ['A-1', utc('2026-11-02T09:00:00'), wallHour('2026-11-02T11:00')],
      ['A-2', utc('2026-11-02T09:05:10'), wallHour('2026-11-02T11:05')],
      ['A-3', utc('2026-11-02T10:15:00'), wallHour('2026-11-02T12:15')],
      ['A-4', utc('2026-11-02T09:00:00'), wallHour('2026-11-02T11:00')],
      ['A-5', utc('2026-11-03T08:30:00'), wallHour('2026-11-03T10:30')],
      ['A-6', utc('2026-11-03T08:31:00'), wallHour('2026-11-03T10:31')],
    ]);
  });
});

describe('svc import is idempotent', () => {
  it('the same file again adds nothing and says so', async () => {
    expect((await svc(['import', 'english.csv'])).code).toBe(0);
    const again = await svc(['import', 'english.csv']);
    expect(again.code).toBe(0);
    expectLines(again.stderr, [summary('english.csv', '0 inserted, 6 duplicates, 0 rejected', '\\(import #2\\)')]);
    expect(storedCalls()).toEqual(ENGLISH);
    expect(tableRows('SELECT id, inserted, duplicates, rejected FROM imports ORDER BY id')).toEqual([
      { id: 1, inserted: 6, duplicates: 0, rejected: 0 },
      { id: 2, inserted: 0, duplicates: 6, rejected: 0 },
    ]);
  });

  it('an overlapping later export adds only its new calls', async () => {
    expect((await svc(['import', 'english.csv'])).code).toBe(0);
    const lines = readFileSync(join(GENERIC, 'english.csv'), 'utf8').trimEnd().split('\n');
    const later = [lines[0], lines[5], lines[6], 'A-7,2026-11-03 09:00:00,billing,dana,0541234567,4,60,0,5,answered,Y,5'].join('\n');
    writeFileSync(join(dir, 'later.csv'), `${later}\n`);
    const result = await svc(['import', 'later.csv'], { cwd: dir });
    expect(result.code).toBe(0);
    expectLines(result.stderr, [summary('later.csv', '1 inserted, 2 duplicates, 0 rejected', '\\(import #2\\)')]);
    expect(storedCalls()).toEqual([
      ...ENGLISH,
      ['A-7', 2, 'billing', 'dana', '0541234567', utc('2026-11-03T07:00:00'), null, null, wallHour('2026-11-03T09:00'), 4, 60, 0, 5, 'answered', 'answered', 1, 5],
    ]);
  });
});

describe('svc import: bad rows', () => {
  const SHOWN = [
    'bad-rows.csv:3: arrival: missing arrival time',
    'bad-rows.csv:4: arrival: "yesterday-ish" is not a date and time (YYYY-MM-DD HH:MM:SS or DD/MM/YYYY HH:MM)',
    'bad-rows.csv:5: wait: "-5" is negative',
    'bad-rows.csv:6: talk: "lots" is not a duration (seconds or [H:]MM:SS)',
    'bad-rows.csv:7: outcome: unknown outcome "transferred to voicemail" (see the outcome words in docs/importing.md)',
  ];
  const GOOD: Row[] = [
    ['B-1', 1, null, 'dana', null, utc('2026-11-02T07:00:00'), null, null, wallHour('2026-11-02T09:00'), 10, 100, null, null, 'answered', 'answered', null, 4],
    ['B-9', 1, null, 'omer', null, utc('2026-11-02T08:20:00'), null, null, wallHour('2026-11-02T10:20'), 0, 50, null, null, 'answered', 'answered', null, 5],
  ];

  it('keeps the good rows and shows the first five rejects with file:line, field and reason', async () => {
    const result = await svc(['import', 'bad-rows.csv']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expectLines(result.stderr, [
      ...SHOWN,
      '… and 2 more rejected rows (--rejects FILE keeps them all)',
      summary('bad-rows.csv', '2 inserted, 0 duplicates, 7 rejected'),
    ]);
    expect(storedCalls()).toEqual(GOOD);
    expect(tableRows('SELECT inserted, duplicates, rejected, skipped FROM imports')).toEqual([{ inserted: 2, duplicates: 0, rejected: 7, skipped: 0 }]);
  });

  it('--rejects writes every rejected row as it was, under the original header, with the reason', async () => {
    const rejects = join(dir, 'rejects.csv');
    const result = await svc(['import', 'bad-rows.csv', '--rejects', rejects]);
    expect(result.code).toBe(0);
    expectLines(result.stderr, [...SHOWN, `… and 2 more rejected rows (all in ${rejects})`, summary('bad-rows.csv', '2 inserted, 0 duplicates, 7 rejected')]);
    expect(readFileSync(rejects, 'utf8')).toBe(
      [
        'call_id,arrival,agent,wait,talk,outcome,csat,reject_reason',
        'B-2,,dana,10,100,answered,,bad-rows.csv:3: arrival: missing arrival time',
        'B-3,yesterday-ish,dana,10,100,answered,,"bad-rows.csv:4: arrival: ""yesterday-ish"" is not a date and time (YYYY-MM-DD HH:MM:SS or DD/MM/YYYY HH:MM)"',
        'B-4,2026-11-02 09:30:00,dana,-5,100,answered,,"bad-rows.csv:5: wait: ""-5"" is negative"',
        'B-5,2026-11-02 09:40:00,dana,10,lots,answered,,"bad-rows.csv:6: talk: ""lots"" is not a duration (seconds or [H:]MM:SS)"',
        'B-6,2026-11-02 09:50:00,dana,10,100,transferred to voicemail,,"bad-rows.csv:7: outcome: unknown outcome ""transferred to voicemail"" (see the outcome words in docs/importing.md)"',
        'B-7,2026-11-02 10:00:00,dana,10,100,answered,9,"bad-rows.csv:8: csat: ""9"" is not a satisfaction score 1–5"',
        // Short of the header's fields: padded, so the reason stays under reject_reason.
        'B-8,2026-11-02 10:10:00,dana,10,100,,,"bad-rows.csv:9: (row): expected 7 fields, found 5"',
        '',
      ].join('\n'),
    );
    // Second way: every rejects line without its reason is the original line of the file.
    const original = readFileSync(join(GENERIC, 'bad-rows.csv'), 'utf8').split('\n');
    const kept = readFileSync(rejects, 'utf8').split('\n').slice(1, -1);
    const withoutPadding = (line: string) => line.replace(/,+$/, '');
    expect(kept.map((line) => withoutPadding(line.replace(/,("[^]*"|[^,]*)$/, '')))).toEqual(original.slice(2, 9).map(withoutPadding));
  });

  it('--rejects keeps the reason under reject_reason for a row with more fields than the header, its extra fields after it', async () => {
    // W-0 is a good row: a file whose every row is rejected is refused as a whole.
    writeFileSync(join(dir, 'wide.csv'), 'call_id,arrival,outcome\nW-0,2026-11-02 08:00:00,answered\nW-1,2026-11-02 09:00:00,answered,extra\n');
    const rejects = join(dir, 'rejects.csv');
    expect((await svc(['import', 'wide.csv', '--rejects', rejects], { cwd: dir })).code).toBe(0);
    expect(readFileSync(rejects, 'utf8')).toBe('call_id,arrival,outcome,reject_reason\nW-1,2026-11-02 09:00:00,answered,"wide.csv:3: (row): expected 3 fields, found 4",extra\n');
  });

  it('--strict refuses the whole file with exit 3, names the first bad row, and leaves the store as it was', async () => {
    expect((await svc(['import', 'english.csv'])).code).toBe(0);
    const before = snapshot();
    expect(before.calls).toHaveLength(6);
    const result = await svc(['import', 'bad-rows.csv', '--strict']);
    expect(result).toEqual({ code: 3, stdout: '', stderr: 'Error: bad-rows.csv:3: arrival: missing arrival time (--strict: nothing was imported)\n' });
    expect(snapshot()).toEqual(before);
  });

  it('--strict with several files refuses them all when any has a bad row, whichever comes first', async () => {
    expect((await svc(['import', 'english.csv'])).code).toBe(0);
    const before = snapshot();
    for (const files of [['tabs.tsv', 'bad-rows.csv'], ['bad-rows.csv', 'tabs.tsv']]) {
      const result = await svc(['import', ...files, '--strict']);
      expect(result).toEqual({ code: 3, stdout: '', stderr: 'Error: bad-rows.csv:3: arrival: missing arrival time (--strict: nothing was imported)\n' });
      expect(snapshot()).toEqual(before);
    }
    const clean = await svc(['import', 'tabs.tsv', 'hebrew.csv', '--strict']);
    expect(clean.code).toBe(0);
    expectLines(clean.stderr, [
      'hebrew.csv: dates such as 03/11/2026 read day-first (DD/MM/YYYY); use --date-format mdy if they are month-first',
      summary('tabs.tsv', '2 inserted, 0 duplicates, 0 rejected', '\\(import #2\\)'),
      summary('hebrew.csv', '3 inserted, 0 duplicates, 0 rejected', '\\(import #3\\)'),
    ]);
  });

  it('--strict on a clean file imports it', async () => {
    const result = await svc(['import', 'tabs.tsv', '--strict']);
    expect(result.code).toBe(0);
    expectLines(result.stderr, [summary('tabs.tsv', '2 inserted, 0 duplicates, 0 rejected')]);
  });

  it('--dry-run reads and counts everything and writes nothing', async () => {
    expect((await svc(['import', 'tabs.tsv'])).code).toBe(0);
    const before = snapshot();
    const result = await svc(['import', 'bad-rows.csv', '--dry-run']);
    expect(result.code).toBe(0);
    expectLines(result.stderr, [
      ...SHOWN,
      '… and 2 more rejected rows (--rejects FILE keeps them all)',
      summary('bad-rows.csv', '2 inserted, 0 duplicates, 7 rejected', '\\(dry run: nothing written\\)'),
    ]);
    expect(snapshot()).toEqual(before);
  });
});

describe('svc import refuses what is not a call log: exit 1, one line and a hint, nothing written', () => {
  const NOT_A_CALL_LOG_HINT =
    'Hint: expected a header row with at least an arrival time and whether each call was answered (e.g. call id, start time or date + time, agent, queue, wait, talk, outcome or answered Y/N); name the columns with --map FIELD=COLUMN or choose a format with --format';

  it('a file without recognisable columns', async () => {
    const result = await svc(['import', 'not-a-call-log.csv']);
    expect(result).toEqual({ code: 1, stdout: '', stderr: `Error: not-a-call-log.csv is not a call log: no recognisable columns\n${NOT_A_CALL_LOG_HINT}\n` });
    expect(tableRows('SELECT count(*) AS n FROM imports')).toEqual([{ n: 0 }]);
  });

  it('a file with dates but nothing that says whether a call was answered', async () => {
    writeFileSync(join(dir, 'sales.csv'), 'date,customer,amount,product\n2026-03-01,ACME,300,widget\n2026-03-02,Foo,20,gadget\n');
    const detected = await svc(['import', 'sales.csv'], { cwd: dir });
    expect(detected).toEqual({ code: 1, stdout: '', stderr: `Error: sales.csv is not a call log: no recognisable columns\n${NOT_A_CALL_LOG_HINT}\n` });
    const forced = await svc(['import', 'sales.csv', '--format', 'generic'], { cwd: dir });
    expect(forced.code).toBe(1);
    expect(forced.stderr.split('\n')[0]).toBe('Error: sales.csv is not a call log: no column says whether a call was answered (an outcome, answered Y/N, answer time or talk time)');
    expect(tableRows('SELECT count(*) AS n FROM calls')).toEqual([{ n: 0 }]);
  });

  it('an empty file', async () => {
    writeFileSync(join(dir, 'empty.csv'), '');
    const result = await svc(['import', 'empty.csv'], { cwd: dir });
    expect(result).toEqual({ code: 1, stdout: '', stderr: `Error: empty.csv is empty, not a call log\n${NOT_A_CALL_LOG_HINT}\n` });
    expect(tableRows('SELECT count(*) AS n FROM imports')).toEqual([{ n: 0 }]);
  });

  it('a binary file', async () => {
    writeFileSync(join(dir, 'blob.bin'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0xff, 0xfe, 0x0a, 0x00]));
    const formats = (await svc(['import', '--list-formats'])).stdout.trimEnd().split('\n').map((line) => line.split(' ')[0]);
    const result = await svc(['import', 'blob.bin'], { cwd: dir });
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: `Error: blob.bin is a binary file, not a call log\nHint: svc reads ${formats.join(', ')} (svc import --list-formats)\n`,
    });
    expect(tableRows('SELECT count(*) AS n FROM imports')).toEqual([{ n: 0 }]);
  });

  it('a file that does not exist, and a folder', async () => {
    expect(await svc(['import', 'missing.csv'], { cwd: dir })).toEqual({ code: 1, stdout: '', stderr: 'Error: cannot read missing.csv: no such file\n' });
    expect(await svc(['import', '.'], { cwd: dir })).toEqual({ code: 1, stdout: '', stderr: 'Error: . is a folder, not a file\n' });
  });

  it('no file at all', async () => {
    expect(await svc(['import'])).toEqual({ code: 1, stdout: '', stderr: 'Error: no file to import\nHint: name one or more files, or - for standard input\n' });
  });
});

describe('svc import: encodings', () => {
  // hebrew.csv without its BOM, saved as Excel on a Hebrew Windows saves CSV.
  const legacy = () => iconv.encode(readFileSync(join(GENERIC, 'hebrew.csv'), 'utf8').replace(/^\ufeff/, ''), 'windows-1255');

  it('a windows-1255 file without --encoding: exit 1 and the encoding to try', async () => {
    writeFileSync(join(dir, 'legacy.csv'), legacy());
    const result = await svc(['import', 'legacy.csv'], { cwd: dir });
    // Byte 0 is "מ" (0xEE), a UTF-8 lead byte whose next byte (0xE6, "ז") is no continuation.
    expect(result).toEqual({ code: 1, stdout: '', stderr: 'Error: legacy.csv is not valid UTF-8 (near byte 0)\nHint: try --encoding windows-1255\n' });
    expect(tableRows('SELECT count(*) AS n FROM imports')).toEqual([{ n: 0 }]);
  });

  it('English headers and windows-1255 values: the byte named is the first Hebrew one', async () => {
    const bytes = iconv.encode(readFileSync(join(GENERIC, 'english.csv'), 'utf8').replace('Levi, Noa', 'לוי, נועה'), 'windows-1255');
    writeFileSync(join(dir, 'legacy-values.csv'), bytes);
    const result = await svc(['import', 'legacy-values.csv'], { cwd: dir });
    const first = bytes.indexOf(iconv.encode('לוי', 'windows-1255'));
    expect(result).toEqual({ code: 1, stdout: '', stderr: `Error: legacy-values.csv is not valid UTF-8 (near byte ${first})\nHint: try --encoding windows-1255\n` });
    expect(tableRows('SELECT count(*) AS n FROM imports')).toEqual([{ n: 0 }]);
  });

  it('with --encoding windows-1255 the Hebrew arrives intact', async () => {
    writeFileSync(join(dir, 'legacy.csv'), legacy());
    const result = await svc(['import', 'legacy.csv', '--encoding', 'windows-1255'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr.split('\n').at(-2)).toMatch(summary('legacy.csv', '3 inserted, 0 duplicates, 0 rejected'));
    expect(storedCalls().map((row) => row.slice(0, 5))).toEqual([
      ['101', 1, 'חיובים', 'דנה כהן', '0501234567'],
      ['102', 1, 'חיובים', null, '0501234567'],
      ['103', 1, 'תמיכה, טכנית', 'עומר לוי', '0509876543'],
    ]);
  });

  it('an unknown encoding is refused before anything is read', async () => {
    const result = await svc(['import', 'english.csv', '--encoding', 'klingon-8']);
    expect(result).toEqual({ code: 1, stdout: '', stderr: 'Error: unknown encoding "klingon-8"\nHint: for example utf-8, windows-1255, iso-8859-8, latin1, utf-16le\n' });
  });
});

describe('svc import: standard input, --map and --list-formats', () => {
  it('- reads standard input', async () => {
    const result = await svc(['import', '-'], { stdin: readFileSync(join(GENERIC, 'english.csv'), 'utf8') });
    expect(result.code).toBe(0);
    expectLines(result.stderr, [summary('-', '6 inserted, 0 duplicates, 0 rejected')]);
    expect(storedCalls()).toEqual(ENGLISH);
    expect(tableRows('SELECT source FROM imports')).toEqual([{ source: '-' }]);
  });

  // Column names no alias knows, except Result (an outcome).
  const ODD = ['Ticket,Opened,Line,Person,Number,Queued,Spoke,Result', 'X-1,2026-11-02 09:00:00,billing,dana,0541234567,12,03:20,answered', 'X-2,2026-11-02 09:05:10,billing,,0541112222,45,,NO ANSWER', ''].join('\n');

  it('--map names the columns of a file svc cannot place itself', async () => {
    writeFileSync(join(dir, 'odd.csv'), ODD);
    const plain = await svc(['import', 'odd.csv'], { cwd: dir });
    expect(plain.code).toBe(1);
    expect(plain.stderr.split('\n')[0]).toBe('Error: odd.csv is not a call log: no recognisable columns');
    const noArrival = await svc(['import', 'odd.csv', '--map', 'agent=Person'], { cwd: dir });
    expect(noArrival.code).toBe(1);
    expect(noArrival.stderr.split('\n')[0]).toBe('Error: odd.csv is not a call log: no arrival time column');
    expect(tableRows('SELECT count(*) AS n FROM imports')).toEqual([{ n: 0 }]);
    const maps = ['call_id=Ticket', 'arrival=Opened', 'queue=Line', 'agent=Person', 'customer=Number', 'wait=Queued', 'talk=Spoke'].flatMap((pair) => ['--map', pair]);
    const result = await svc(['import', 'odd.csv', ...maps], { cwd: dir });
    expect(result.code).toBe(0);
    expectLines(result.stderr, [summary('odd.csv', '2 inserted, 0 duplicates, 0 rejected')]);
    expect(storedCalls()).toEqual([
      ['X-1', 1, 'billing', 'dana', '0541234567', utc('2026-11-02T07:00:00'), null, null, wallHour('2026-11-02T09:00'), 12, 200, null, null, 'answered', 'answered', null, null],
      ['X-2', 1, 'billing', null, '0541112222', utc('2026-11-02T07:05:10'), null, null, wallHour('2026-11-02T09:05'), 45, null, null, null, 'abandoned', 'NO ANSWER', null, null],
    ]);
  });

  it('--map overrides a column svc would have chosen', async () => {
    // english.csv's Caller would be the customer; take the agent column as the customer instead.
    const result = await svc(['import', 'english.csv', '--map', 'customer=Agent']);
    expect(result.code).toBe(0);
    expect(storedCalls().map((row) => [row[0], row[3], row[4]])).toEqual([
      ['A-1', null, 'dana'],
      ['A-2', null, null],
      ['A-3', null, 'omer'],
      ['A-4', null, 'omer'],
      ['A-5', null, 'dana'],
      ['A-6', null, 'Levi, Noa'],
    ]);
  });

  it('--map mistakes: one line, a hint, nothing written', async () => {
    expect(await svc(['import', 'english.csv', '--map', 'customer'])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'Error: --map customer: expected FIELD=COLUMN\nHint: for example --map customer="Caller ID"\n',
    });
    expect(await svc(['import', 'english.csv', '--map', 'colour=Queue'])).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'Error: --map colour=Queue: unknown field "colour"\nHint: fields are: call_id, arrival, date, time, answer_time, end_time, queue, agent, customer, wait, talk, hold, wrap, outcome, answered, resolved, csat\n',
    });
    expect(await svc(['import', 'english.csv', '--map', 'customer=Caller ID'])).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'Error: --map customer=Caller ID: english.csv has no column "Caller ID"\nHint: its columns are: Call ID, Start Time, Queue, Agent, Caller, Wait (s), Talk Time, Hold, After Call Work, Status, Resolved, CSAT\n',
    });
    expect(tableRows('SELECT count(*) AS n FROM imports')).toEqual([{ n: 0 }]);
  });

  it('--list-formats lists generic among the formats, on stdout', async () => {
    const result = await svc(['import', '--list-formats']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n')).toContainEqual(expect.stringMatching(/^generic +CSV or TSV with a header row; columns matched by name/));
  });
});

describe('svc import: progress', () => {
  it('--quiet silences progress even on a terminal, and the summary when every row went in', async () => {
    const result = await runCli(['import', 'english.csv', '--quiet', '--db', db], { cwd: GENERIC, stderrIsTTY: true });
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(tableRows('SELECT inserted FROM imports')).toEqual([{ inserted: 6 }]);
  });

  it('--quiet still shows rejected rows, and then the summary', async () => {
    const result = await runCli(['import', 'bad-rows.csv', '--quiet', '--db', db], { cwd: GENERIC });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n').slice(0, 5)).toEqual([
      'bad-rows.csv:3: arrival: missing arrival time',
      'bad-rows.csv:4: arrival: "yesterday-ish" is not a date and time (YYYY-MM-DD HH:MM:SS or DD/MM/YYYY HH:MM)',
      'bad-rows.csv:5: wait: "-5" is negative',
      'bad-rows.csv:6: talk: "lots" is not a duration (seconds or [H:]MM:SS)',
      'bad-rows.csv:7: outcome: unknown outcome "transferred to voicemail" (see the outcome words in docs/importing.md)',
    ]);
    expect(result.stderr).toMatch(/\nbad-rows\.csv: 2 inserted, 0 duplicates, 7 rejected in \d+\.\d s \(import #1\)\n$/);
  });

  it('a terminal gets a progress bar on stderr, before the summary', async () => {
    const result = await runCli(['import', 'english.csv', '--db', db], { cwd: GENERIC, stderrIsTTY: true });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    const [progress, rest] = [result.stderr.slice(0, result.stderr.lastIndexOf('english.csv: ')), result.stderr.slice(result.stderr.lastIndexOf('english.csv: '))];
    expect(progress).toMatch(/english\.csv .*% \| [\d,]+ rows \| [\d,]+ rows\/s/);
    expectLines(rest, [summary('english.csv', '6 inserted, 0 duplicates, 0 rejected')]);
  });
});
