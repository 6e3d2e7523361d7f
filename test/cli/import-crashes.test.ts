import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/bin.js';
import { runCli, tempDir } from '../helpers/cli.js';

/** Inputs the property-based test found crashing svc import: each is now one Error line or rejected rows. */
let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

describe('inputs that crashed the import', () => {
  it('a UTF-8 file cut in the middle of a character is one Error line', async () => {
    const hebrew = readFileSync(join(FIXTURES, 'generic', 'hebrew.csv'));
    // Cut just after the lead byte of the file's last Hebrew letter: the text ends inside a character.
    let lead = hebrew.length - 1;
    while (hebrew[lead]! < 0xc0) lead--;
    const cut = hebrew.subarray(0, lead + 1);
    writeFileSync(join(dir, 'cut.csv'), cut);
    const result = await runCli(['import', 'cut.csv', '--db', join(dir, 'svc.db')], { cwd: dir });
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: `Error: cut.csv is not valid UTF-8 (it ends in the middle of a character, at byte ${cut.length})\nHint: the file may have been cut short; if it is complete, try --encoding latin1\n`,
    });
  });

  it('a SEE file whose header names a column twice rejects the rows that are too short for it, and is refused as a whole', async () => {
    const see = readFileSync(join(FIXTURES, 'see', 'february-15.txt'), 'utf8');
    // "vru+line\t" repeated at the start: the header has one column more than every row.
    writeFileSync(join(dir, 'see.txt'), `vru+line\t${see}`);
    const result = await runCli(['import', 'see.txt', '--format', 'see', '--db', join(dir, 'svc.db')], { cwd: dir });
    // Every row is too short, so nothing could be imported: one Error line after the rejects, no crash.
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/\nError: [^\n]*\n(Hint: [^\n]*\n)?$/);
    expect(result.stderr.split('\n')[0]).toBe(`see.txt:2: expected ${see.split('\n')[0]!.split('\t').length + 1} tab-separated fields, found ${see.split('\n')[1]!.split('\t').length}`);
  });
});
