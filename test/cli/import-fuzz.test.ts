import fc from 'fast-check';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/bin.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { dumpStore } from '../helpers/store-dump.js';

/**
 * Random mutations of a valid file of every format: svc either imports what it can (exit 0),
 * refuses with one Error line (exit 1), or refuses under --strict (exit 3); it never throws, never
 * prints a stack trace, and a refused import leaves every table of the store as it was.
 */
const VALID = [
  'generic/english.csv',
  'generic/hebrew.csv',
  'generic/quoted.csv',
  'generic/tabs.tsv',
  'generic/day-first.csv',
  'asterisk-queue-log/day1.log',
  'asterisk-cdr/Master.csv',
  'freeswitch-cdr/Master.csv',
  'see/february-15.txt',
  'xlsx/calls.xlsx',
].map((name) => ({ name, bytes: readFileSync(join(FIXTURES, name)) }));

/** Pieces that break parsers: quotes, separators, line ends, NUL, huge and negative numbers, odd dates, invalid UTF-8. */
const NASTY = ['"', '""', ',', ';', '\t', '|', '\n', '\r\n', '\r', '\0', '-', '9999999999999', '1e308', '-1', 'NaN', '0001-01-01', '2026-02-30 25:61:61', '\uFEFF', '\u202E', '=cmd|x', '\xff\xfe'];

type Mutation =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'flip'; at: number; byte: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'repeat'; at: number; length: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...NASTY), fc.string({ maxLength: 8 })) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
);

function mutate(bytes: Buffer, mutations: Mutation[]): Buffer {
  let out = Buffer.from(bytes);
  for (const change of mutations) {
    const at = out.length === 0 ? 0 : change.at % (out.length + 1);
    if (change.kind === 'insert') out = Buffer.concat([out.subarray(0, at), Buffer.from(change.text, 'latin1'), out.subarray(at)]);
    else if (change.kind === 'delete') out = Buffer.concat([out.subarray(0, at), out.subarray(at + change.length)]);
    else if (change.kind === 'flip' && at < out.length) out[at] = change.byte;
    else if (change.kind === 'truncate') out = out.subarray(0, at);
    else if (change.kind === 'repeat') out = Buffer.concat([out.subarray(0, at + change.length), out.subarray(at)]);
  }
  return out;
}

const { dir, cleanup } = tempDir('svc-fuzz-');
const base = join(dir, 'base.db');
let baseDump: ReturnType<typeof dumpStore>;
beforeAll(async () => {
  expect((await runCli(['import', join(FIXTURES, 'generic', 'english.csv'), '--db', base])).code).toBe(0);
  baseDump = dumpStore(base);
});
afterAll(() => cleanup());

describe('svc import on mutated files of every format', () => {
  it('exits 0, 1 or 3 with no stack trace, and leaves the store unchanged when it refuses', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: VALID.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.boolean(), async (which, mutations, strict) => {
        run++;
        const source = VALID[which]!;
        const file = join(dir, `${run}-${source.name.split('/').pop()}`);
        writeFileSync(file, mutate(source.bytes, mutations));
        const db = join(dir, `${run}.db`);
        copyFileSync(base, db);
        const result = await runCli(['import', file, '--quiet', ...(strict ? ['--strict'] : []), '--db', db]);
        expect([0, 1, 3]).toContain(result.code);
        expect(result.stderr).not.toMatch(/\n\s+at |internal error/);
        if (result.code !== 0) {
          expect(result.stderr).toMatch(/^Error: /m);
          expect(dumpStore(db)).toEqual(baseDump);
        }
        for (const path of [file, db, `${db}-wal`, `${db}-shm`]) rmSync(path, { force: true });
      }),
      { numRuns: 120, interruptAfterTimeLimit: 15_000 },
    );
  }, 60_000);
});
