import { describe, expect, it } from 'vitest';
import { capImportCaches } from '../../../src/db/import-caches.js';
import { openStore } from '../../../src/db/open.js';
import { connection } from '../../../src/db/store.js';

const cacheKib = (db: ReturnType<typeof openStore>, schema: 'main' | 'temp') => connection(db).pragma(`${schema}.cache_size`, { simple: true });

describe('page caches during an import', () => {
  it('a bulk import caps the store’s cache at 8 MB and the temporary one at 4 MB, and puts both back', () => {
    const db = openStore(':memory:');
    // The store opens with 16 MB (-16384 KiB); SQLite's temporary database starts with this build's default.
    const mainBefore = cacheKib(db, 'main');
    const tempBefore = cacheKib(db, 'temp');
    expect(mainBefore).toBe(-16384);
    const restore = capImportCaches(db, true);
    expect([cacheKib(db, 'main'), cacheKib(db, 'temp')]).toEqual([-8192, -4096]);
    restore();
    expect([cacheKib(db, 'main'), cacheKib(db, 'temp')]).toEqual([mainBefore, tempBefore]);
    db.close();
  });

  it('a daily import keeps the store’s cache and caps only the temporary one', () => {
    const db = openStore(':memory:');
    const tempBefore = cacheKib(db, 'temp');
    const restore = capImportCaches(db, false);
    expect([cacheKib(db, 'main'), cacheKib(db, 'temp')]).toEqual([-16384, -4096]);
    restore();
    expect(cacheKib(db, 'temp')).toBe(tempBefore);
    db.close();
  });
});
