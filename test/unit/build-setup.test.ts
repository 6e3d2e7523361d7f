import { mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildIfStale as buildWhenStale } from '../setup/build.js';
import { tempDir } from '../helpers/cli.js';

// A project of one source file. Its build stands in for tsc (which takes many seconds to start on
// a busy machine): it writes dist/answer.js from src/answer.ts, as tsc would for this file.
let root: string;
let cleanup: () => void;

beforeEach(() => {
  ({ dir: root, cleanup } = tempDir('svc-build-'));
  mkdirSync(join(root, 'src'));
  writeFileSync(join(root, 'src', 'answer.ts'), 'export const answer = 41;\n');
  writeFileSync(join(root, 'tsconfig.json'), '{}');
});

function build(project: string): void {
  mkdirSync(join(project, 'dist'), { recursive: true });
  writeFileSync(join(project, 'dist', 'answer.js'), readFileSync(join(project, 'src', 'answer.ts')));
}

const buildIfStale = (project: string) => buildWhenStale(project, build);

afterEach(() => cleanup());

const built = () => readFileSync(join(root, 'dist', 'answer.js'), 'utf8');

describe('the build before the tests', () => {
  it('builds a project never built, then skips the build while its sources and dist/ stay as they were', () => {
    expect(buildIfStale(root)).toBe(true);
    expect(built()).toContain('answer = 41');
    expect(buildIfStale(root)).toBe(false);
  });

  it('builds again after a source changed, so no test runs a stale dist/', () => {
    buildIfStale(root);
    writeFileSync(join(root, 'src', 'answer.ts'), 'export const answer = 42;\n');
    expect(buildIfStale(root)).toBe(true);
    expect(built()).toContain('answer = 42');
  });

  it('builds again when a source is added', () => {
    buildIfStale(root);
    writeFileSync(join(root, 'src', 'question.ts'), 'export const question = "?";\n');
    expect(buildIfStale(root)).toBe(true);
  });

  it('builds again when something else wrote dist/ since (a build of other sources, a hand edit)', () => {
    buildIfStale(root);
    writeFileSync(join(root, 'dist', 'answer.js'), 'export const answer = 0;\n');
    utimesSync(join(root, 'dist', 'answer.js'), new Date(), new Date(Date.now() + 5000));
    expect(buildIfStale(root)).toBe(true);
    expect(built()).toContain('answer = 41');
  });
});
