import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN } from '../helpers/bin.js';
import { tempDir } from '../helpers/cli.js';

const BUNDLE = fileURLToPath(new URL('../../dist/bundle/', import.meta.url));
const COMPILER = join(BUNDLE, 'code-cache.js');
/** The V8 flags bin/svc starts node with (its #! line): V8 takes a code cache only under the flags it was made with. */
const BIN_FLAGS = readFileSync(BIN, 'utf8').split('\n')[0]!.split(' node ')[1]!.trim().split(/\s+/);

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('svc-e2e-code-cache-')));
afterEach(() => cleanup());

/** Two CommonJS chunks, one requiring the other, and a file outside their folder that requires the first. */
function writeChunks(): { chunks: string; outside: string } {
  const chunks = join(dir, 'chunks');
  mkdirSync(chunks);
  writeFileSync(join(dir, 'package.json'), '{ "type": "commonjs" }\n');
  writeFileSync(join(chunks, 'a.js'), "const b = require('./b.js');\nexports.sum = (n) => b.twice(n) + 1;\n");
  writeFileSync(join(chunks, 'b.js'), 'exports.twice = (n) => n * 2;\nexports.file = __filename;\n');
  const outside = join(dir, 'main.js');
  writeFileSync(outside, "const { sum } = require('./chunks/a.js');\nconst { file } = require('./chunks/b.js');\nprocess.stdout.write(`${sum(20)} ${file}\\n`);\n");
  return { chunks, outside };
}

/** Runs `main.js` with the chunks compiled through the code cache (`record`: writing it at exit). */
function runWithCache(chunks: string, outside: string, record: boolean, nodeFlags: string[] = []) {
  const start = `require(${JSON.stringify(COMPILER)}).compileWithCodeCache(${JSON.stringify(chunks)}, ${record}); require(${JSON.stringify(outside)});`;
  return spawnSync(process.execPath, [...nodeFlags, '-e', start], { cwd: dir, encoding: 'utf8' });
}

describe("the chunks' code cache", () => {
  it('is written for each chunk of the folder when recording, read back after, and never written for a file outside it', () => {
    const { chunks, outside } = writeChunks();
    // 20 doubled, plus one; b.js still knows its own file.
    const expected = `41 ${join(chunks, 'b.js')}\n`;
    const recorded = runWithCache(chunks, outside, true);
    expect({ code: recorded.status, stdout: recorded.stdout, stderr: recorded.stderr }).toEqual({ code: 0, stdout: expected, stderr: '' });
    expect(readdirSync(chunks).sort()).toEqual(['a.js', 'a.js.cache', 'b.js', 'b.js.cache']);
    expect(existsSync(`${outside}.cache`)).toBe(false);
    const again = runWithCache(chunks, outside, false);
    expect({ code: again.status, stdout: again.stdout, stderr: again.stderr }).toEqual({ code: 0, stdout: expected, stderr: '' });
  });

  it('that does not fit (damaged, or made by another program) is passed over: the chunk compiles from its source', () => {
    const { chunks, outside } = writeChunks();
    writeFileSync(join(chunks, 'a.js.cache'), Buffer.from('not a code cache at all, just forty-odd bytes'));
    writeFileSync(join(chunks, 'b.js.cache'), Buffer.alloc(4096, 0xff));
    const run = runWithCache(chunks, outside, false);
    expect({ code: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({ code: 0, stdout: `41 ${join(chunks, 'b.js')}\n`, stderr: '' });
  });

  it('leaves the compile to node when source maps are on: node reads the maps only in its own compile', () => {
    const { chunks, outside } = writeChunks();
    const run = runWithCache(chunks, outside, true, ['--enable-source-maps']);
    expect(run.status).toBe(0);
    expect(readdirSync(chunks).sort()).toEqual(['a.js', 'b.js']);
  });

  it("the build's cache of the chunks that svc --help and the weekly report compile is taken by V8 under bin/svc's flags, and refused under others", () => {
    const modules = JSON.parse(readFileSync(join(BUNDLE, 'modules.json'), 'utf8')) as Record<string, string[]>;
    const holding = (source: string) => Object.keys(modules).find((chunk) => modules[chunk]!.includes(source))!;
    const chunks = ['cli.js', holding('src/cli.ts'), holding('src/commands/report/run.ts'), holding('src/core/report/build.ts'), holding('src/db/open.ts')];
    expect(chunks.every((chunk) => chunk !== undefined)).toBe(true);
    // V8's own verdict on each cache: what vm.Script reports after compiling the chunk with it.
    const check = `const { Script } = require('node:vm'); const { wrap } = require('node:module'); const { readFileSync } = require('node:fs');
      const verdicts = ${JSON.stringify(chunks.map((chunk) => join(BUNDLE, chunk)))}.map((file) => new Script(wrap(readFileSync(file, 'utf8')), { filename: file, cachedData: readFileSync(file + '.cache') }).cachedDataRejected);
      process.stdout.write(JSON.stringify(verdicts));`;
    const rejected = (flags: string[]) => JSON.parse(spawnSync(process.execPath, [...flags, '-e', check], { encoding: 'utf8' }).stdout) as boolean[];
    expect(rejected(BIN_FLAGS)).toEqual(chunks.map(() => false));
    // Another young generation is another set of V8 flags: the same caches are refused, so the check above can fail.
    expect(rejected([])).toEqual(chunks.map(() => true));
  });
});
