import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

let found: string | undefined;

/**
 * better-sqlite3's compiled addon, where its install builds it. Without it better-sqlite3 asks
 * the `bindings` package, which reads the call stack and tries a dozen paths: about 10 ms of
 * every command that opens the store. Where the file is not there (a debug build) the same
 * search runs, from better-sqlite3's own folder: the bundle holds better-sqlite3's code, so the
 * call stack would lead the search to svc's folder instead.
 */
export function nativeBinding(): string {
  if (found === undefined) {
    const packageFile = createRequire(import.meta.url).resolve('better-sqlite3/package.json');
    const addon = join(dirname(packageFile), 'build', 'Release', 'better_sqlite3.node');
    found = existsSync(addon) ? addon : searchedAddon(packageFile);
  }
  return found;
}

function searchedAddon(packageFile: string): string {
  const bindings = createRequire(packageFile)('bindings') as (options: { bindings: string; module_root: string }) => object;
  // better-sqlite3 takes the loaded addon as well as its path; its types name only the path.
  return bindings({ bindings: 'better_sqlite3.node', module_root: dirname(packageFile) }) as unknown as string;
}
