import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Written by the tests' build: the digest of the sources dist/ was built from, and of dist/ as that build left it. */
const STAMP = '.sources-digest';

/**
 * The end-to-end tests run the built bin/svc: build it from the current source before any test,
 * so `npx vitest run` after an edit never tests a stale dist/.
 */
export default function buildBeforeTests(): void {
  buildIfStale(fileURLToPath(new URL('../..', import.meta.url)));
}

/**
 * Builds `root`'s dist/ unless this function built it from exactly the sources there now (every
 * file's path and content) and nothing has written dist/ since (every output's path and
 * modification time): a build costs half a minute of a busy machine, and most runs of a single
 * test file follow no change. Returns whether it built.
 */
export function buildIfStale(root: string, build: (root: string) => void = compile): boolean {
  const stamp = join(root, 'dist', STAMP);
  const sources = sourcesDigest(root);
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === `${sources} ${outputsDigest(root)}`) return false;
  build(root);
  writeFileSync(stamp, `${sources} ${outputsDigest(root)}`);
  return true;
}

function compile(root: string): void {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  execFileSync(process.execPath, [join(root, 'scripts', 'bundle.mjs')], { cwd: root, stdio: 'inherit' });
}

/** What the build reads: every file under src/, the compiler and bundler settings and the package's own. */
function sourcesDigest(root: string): string {
  const hash = createHash('sha256');
  const files = [...filesUnder(join(root, 'src')), ...['tsconfig.json', 'tsconfig.build.json', 'scripts/bundle.mjs', 'scripts/lib/code-cache-training.mjs', 'scripts/lib/record-code-cache.mjs', 'bin/svc', 'package.json', 'package-lock.json'].map((name) => join(root, name)).filter(existsSync)];
  for (const file of files) hash.update(`${file.slice(root.length)}\0`).update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

function outputsDigest(root: string): string {
  const hash = createHash('sha256');
  for (const file of filesUnder(join(root, 'dist')).filter((file) => !file.endsWith(STAMP))) hash.update(`${file}\0${statSync(file).mtimeMs}\0`);
  return hash.digest('hex');
}

function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
