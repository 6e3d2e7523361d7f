import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate, migrations, latestVersion, schemaVersion } from '../../src/db/migrations/index.js';
import { openStore, type Store } from '../../src/db/open.js';

describe('migrations', () => {
  it('numbers migrations in increasing order from 1, with no repeat', () => {
    const versions = migrations.map((m) => m.version);
    expect(versions[0]).toBe(1);
    expect(versions).toEqual([...new Set(versions)].sort((a, b) => a - b));
  });

  it('records what became of every record of an import (merged legs, calls carried open)', () => {
    const db = openStore(':memory:');
    const columns = (db.prepare('PRAGMA table_info(imports)').all() as { name: string }[]).map((r) => r.name);
    expect(columns).toEqual(expect.arrayContaining(['inserted', 'duplicates', 'rejected', 'skipped', 'merged', 'carried']));
    db.close();
  });

  it('migrates :memory: to the latest version with the expected tables', () => {
    const db = openStore(':memory:');
    expect(schemaVersion(db)).toBe(latestVersion());
    const tables = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name);
    expect(tables).toEqual(expect.arrayContaining(['settings', 'imports', 'calls', 'hourly_rollup', 'targets', 'interval_rollup', 'staffing_target']));
    const callColumns = (db.prepare('PRAGMA table_info(calls)').all() as { name: string }[]).map((r) => r.name);
    expect(callColumns).toEqual(expect.arrayContaining(['source_key', 'queue', 'agent', 'customer', 'arrival_at', 'answer_at', 'end_at', 'wait_s', 'talk_s', 'hold_s', 'wrap_s', 'outcome', 'resolved', 'csat']));
    db.close();
  });

  it('brings a store left at any earlier version to the same schema as a new store', () => {
    const fresh = openStore(':memory:');
    const expected = schemaOf(fresh);
    fresh.close();
    for (let stopAt = 0; stopAt < migrations.length; stopAt++) {
      const db = new Database(':memory:');
      for (const m of migrations.slice(0, stopAt)) {
        m.up(db);
        db.pragma(`user_version = ${m.version}`);
      }
      migrate(db);
      expect(schemaVersion(db), `from version ${stopAt}`).toBe(latestVersion());
      expect(schemaOf(db), `from version ${stopAt}`).toEqual(expected);
      db.close();
    }
  });

  it('is idempotent: opening a migrated store file again runs no step and changes nothing', () => {
    const folder = mkdtempSync(join(tmpdir(), 'svc-migrate-'));
    const file = join(folder, 'svc.db');
    openStore(file).close();
    const first = new Database(file);
    const before = schemaOf(first);
    first.close();
    // A step run twice would fail: the migrations create their tables without IF NOT EXISTS.
    const again = openStore(file);
    expect(schemaVersion(again)).toBe(latestVersion());
    expect(schemaOf(again)).toEqual(before);
    again.close();
    rmSync(folder, { recursive: true });
  });
});

function schemaOf(db: Store): unknown[] {
  return db.prepare("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY name").all();
}
