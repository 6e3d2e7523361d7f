import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli, storePerTest } from '../../helpers/cli.js';
import { dumpStore } from '../../helpers/store-dump.js';

// The ledger import streams its file in batches of 2,000 records (csvRecords' batch size), so a
// file of 5,000 rows is written in three batches inside one transaction.
const ROWS = 5_000;

const scratch = storePerTest({ now: '2026-11-17T08:00:00Z' });
const { env } = scratch;
beforeEach(async () => {
  await runCli(['commit', 'add', '--customer', '0500000000', '--due', '2026-11-19', 'Already there before the import'], { env });
});

/** Rows P-1 … P-5000, each due on 30 November; `row` may replace a row's line. */
function promises(row: (n: number, line: string) => string = (_n, line) => line): string {
  const lines = ['external_id,customer,due,promise'];
  for (let n = 1; n <= ROWS; n++) lines.push(row(n, `P-${n},05${String(n).padStart(8, '0')},2026-11-30,Promise ${n}`));
  return `${lines.join('\n')}\n`;
}

const importFile = (text: string, ...args: string[]) => {
  writeFileSync(join(scratch.dir, 'promises.csv'), text);
  return runCli(['commit', 'import', 'promises.csv', ...args], { env, cwd: scratch.dir });
};

describe('svc commit import streams its file', () => {
  it('imports every batch, and a second import of the same file adds nothing', async () => {
    expect(await importFile(promises())).toEqual({ code: 0, stdout: '', stderr: `promises.csv: ${ROWS} inserted, 0 duplicates, 0 rejected\n` });
    expect(await importFile(promises())).toEqual({ code: 0, stdout: '', stderr: `promises.csv: 0 inserted, ${ROWS} duplicates, 0 rejected\n` });
    // The one added before, then the 5,000 imported.
    const listed = JSON.parse((await runCli(['commit', 'list', '--format', 'json'], { env })).stdout) as unknown[];
    expect(listed).toHaveLength(ROWS + 1);
  });

  it('counts an external id seen in an earlier batch as a duplicate, and rejects in any batch', async () => {
    // Row 4,500 (third batch) repeats P-10 (first batch); row 2,500 (second batch) has a due that is no date.
    const text = promises((n, line) => (n === 4_500 ? 'P-10,0599999999,2026-11-30,Again' : n === 2_500 ? 'P-2500,0588888888,someday,Bad due' : line));
    const rejects = join(scratch.dir, 'rejects.csv');
    // The reason holds quotes, so its CSV field is quoted with each quote doubled.
    const result = await importFile(text, '--rejects', rejects);
    expect(result.code).toBe(0);
    // The header is line 1, so row n is on line n + 1.
    expect(result.stderr).toBe(`promises.csv:2501: due "someday" is not a date or time\npromises.csv: ${ROWS - 2} inserted, 1 duplicate, 1 rejected\n`);
    expect(readFileSync(rejects, 'utf8')).toBe('external_id,customer,due,promise,reject_reason\nP-2500,0588888888,someday,Bad due,"promises.csv:2501: due ""someday"" is not a date or time"\n');
  });

  it('under --strict, a bad row in the last batch leaves the store exactly as it was, and --rejects keeps that row', async () => {
    // The store and its ledger file, where commitments live.
    const dump = () => [dumpStore(join(scratch.dir, 'svc.db')), dumpStore(join(scratch.dir, 'svc.db-ledger'))];
    const before = dump();
    expect(before[1]).not.toBeNull();
    const text = promises((n, line) => (n === 4_999 ? 'P-4999,0577777777,never,Bad due' : line));
    const rejects = join(scratch.dir, 'rejects.csv');
    expect(await importFile(text, '--strict', '--rejects', rejects)).toEqual({ code: 3, stdout: '', stderr: 'Error: promises.csv:5000: due "never" is not a date or time (--strict: nothing imported)\n' });
    expect(dump()).toEqual(before);
    expect(readFileSync(rejects, 'utf8')).toBe('external_id,customer,due,promise,reject_reason\nP-4999,0577777777,never,Bad due,"promises.csv:5000: due ""never"" is not a date or time"\n');
  });
});
