import { describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/db/open.js';
import { latestVersion, schemaVersion } from '../../src/db/migrations/index.js';

// Never called: it exists for the type checker, which must refuse each line (`npm run typecheck`
// fails on an unused @ts-expect-error, so a Store that lets SQL through again breaks the build).
function whatOnlySrcDbMayDo(store: Store): void {
  // @ts-expect-error: outside src/db a store runs no SQL
  store.prepare('SELECT 1');
  // @ts-expect-error: nor opens transactions
  store.transaction(() => undefined);
  // @ts-expect-error: nor sets pragmas
  store.pragma('user_version');
}

describe('the store seam', () => {
  it('is opaque outside src/db: a store is passed to src/db and closed, nothing more', () => {
    expect(typeof whatOnlySrcDbMayDo).toBe('function');
    const store = openStore(':memory:');
    expect(schemaVersion(store)).toBe(latestVersion());
    store.close();
  });
});
