import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));

/** Where the clock may be read directly, and why: everywhere else "now" comes from the session, so SVC_NOW pins it. */
const ALLOWED: Record<string, string> = {
  'io/io.ts': 'the one place "now" (SVC_NOW, else the clock) and the computer clock are read',
  'io/progress.ts': 'elapsed time of a progress bar, never a date',
  'core/parse/plausible.ts': 'the reader refuses times more than ten years ahead of the real date; it runs in the import worker, apart from any command',
};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []));
}

describe('reading the clock', () => {
  it('happens only where it is allowed, so that every command honours SVC_NOW', () => {
    const readers = sources(SRC)
      .filter((file) => /new Date\(\)|Date\.now\(\)/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(SRC, file).split('\\').join('/'));
    expect(readers.length).toBeGreaterThan(0);
    expect(readers.filter((file) => !(file in ALLOWED))).toEqual([]);
  });
});
