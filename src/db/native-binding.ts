import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

let found: string | null | undefined;

/**
 * better-sqlite3's compiled addon, where its install builds it. Without it better-sqlite3 asks
 * the `bindings` package, which reads the call stack and tries a dozen paths: about 10 ms of
 * every command that opens the store. Undefined where the file is not there (a debug build,
 * another layout), and better-sqlite3 searches as it always did.
 */
export function nativeBinding(): string | undefined {
  if (found === undefined) {
    const addon = join(dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node');
    found = existsSync(addon) ? addon : null;
  }
  return found ?? undefined;
}
