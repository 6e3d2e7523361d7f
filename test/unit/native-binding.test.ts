import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nativeBinding } from '../../src/db/native-binding.js';
import { openStore } from '../../src/db/open.js';
import { schemaVersion, latestVersion } from '../../src/db/migrations/index.js';

describe("better-sqlite3's addon", () => {
  it('is named by the path where its install builds it, and a store opens with it', () => {
    const built = fileURLToPath(new URL('../../node_modules/better-sqlite3/build/Release/better_sqlite3.node', import.meta.url));
    expect(existsSync(built)).toBe(true);
    expect(nativeBinding()).toBe(built);
    const store = openStore(':memory:');
    expect(schemaVersion(store)).toBe(latestVersion());
    store.close();
  });
});
