import { describe, expect, it } from 'vitest';
import { migrations, latestVersion, schemaVersion } from '../../src/db/migrations/index.js';
import { openStore } from '../../src/db/open.js';

describe('migrations', () => {
  it('numbers migrations in increasing order, each number once (a number is reserved before its migration lands)', () => {
    const versions = migrations.map((m) => m.version);
    expect(versions.slice(0, 3)).toEqual([1, 2, 3]);
    expect(versions).toEqual([...new Set(versions)].sort((a, b) => a - b));
  });

  it('migrates :memory: to the latest version with the expected tables', () => {
    const db = openStore(':memory:');
    expect(schemaVersion(db)).toBe(latestVersion());
    const tables = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name);
    expect(tables).toEqual(expect.arrayContaining(['settings', 'imports', 'calls', 'hourly_rollup', 'targets']));
    const callColumns = (db.prepare('PRAGMA table_info(calls)').all() as { name: string }[]).map((r) => r.name);
    expect(callColumns).toEqual(expect.arrayContaining(['source_key', 'queue', 'agent', 'customer', 'arrival_at', 'answer_at', 'end_at', 'wait_s', 'talk_s', 'hold_s', 'wrap_s', 'outcome', 'resolved', 'csat']));
    db.close();
  });

  it('is idempotent: opening a migrated store again changes nothing', () => {
    const db = openStore(':memory:');
    const before = db.prepare('SELECT sql FROM sqlite_schema ORDER BY name').all();
    expect(() => {
      for (const m of migrations) if (schemaVersion(db) < m.version) m.up(db);
    }).not.toThrow();
    expect(db.prepare('SELECT sql FROM sqlite_schema ORDER BY name').all()).toEqual(before);
    db.close();
  });
});
