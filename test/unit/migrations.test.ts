import { describe, expect, it, vi } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate, migrations, latestVersion, schemaVersion } from '../../src/db/migrations/index.js';
import { attachLedger } from '../../src/db/ledger-file.js';
import { openStore, type Store } from '../../src/db/open.js';
import { connection, storeOf } from '../../src/db/store.js';

describe('migrations', () => {
  it('numbers migrations in increasing order from 1, with no repeat', () => {
    const versions = migrations.map((m) => m.version);
    expect(versions[0]).toBe(1);
    expect(versions).toEqual([...new Set(versions)].sort((a, b) => a - b));
  });

  it('records what became of every record of an import (merged legs, calls carried open)', () => {
    const db = openStore(':memory:');
    const columns = (connection(db).prepare('PRAGMA table_info(imports)').all() as { name: string }[]).map((r) => r.name);
    expect(columns).toEqual(expect.arrayContaining(['inserted', 'duplicates', 'rejected', 'skipped', 'merged', 'carried']));
    db.close();
  });

  it('migrates :memory: to the latest version with the expected tables', () => {
    const db = openStore(':memory:');
    expect(schemaVersion(db)).toBe(latestVersion());
    const tables = (connection(db).prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name);
    expect(tables).toEqual(expect.arrayContaining(['settings', 'imports', 'calls', 'hourly_rollup', 'targets', 'interval_rollup', 'staffing_target', 'session_drafts', 'survey_followups', 'focus_groups', 'focus_findings', 'service_events', 'ideas', 'idea_decisions']));
    const callColumns = (connection(db).prepare('PRAGMA table_info(calls)').all() as { name: string }[]).map((r) => r.name);
    expect(callColumns).toEqual(expect.arrayContaining(['source_key', 'queue', 'agent', 'customer', 'arrival_at', 'answer_at', 'end_at', 'wait_s', 'talk_s', 'hold_s', 'wrap_s', 'outcome', 'resolved', 'csat']));
    db.close();
  });

  it('brings a store left at any earlier version to the same schema as a new store', () => {
    const fresh = openStore(':memory:');
    const expected = schemaOf(fresh);
    fresh.close();
    for (let stopAt = 0; stopAt < migrations.length; stopAt++) {
      const db = storeOf(new Database(':memory:'));
      attachLedger(db, ':memory:');
      for (const m of migrations.slice(0, stopAt)) {
        m.stage?.(db);
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
    const first = storeOf(new Database(file));
    attachLedger(first, `${file}-ledger`);
    const before = schemaOf(first);
    first.close();
    const steps = migrations.flatMap((m) => [vi.spyOn(m, 'up'), ...(m.stage ? [vi.spyOn(m, 'stage')] : [])]);
    try {
      const again = openStore(file);
      expect(steps.filter((step) => step.mock.calls.length > 0)).toEqual([]);
      expect(schemaVersion(again)).toBe(latestVersion());
      expect(schemaOf(again)).toEqual(before);
      again.close();
    } finally {
      for (const step of steps) step.mockRestore();
      rmSync(folder, { recursive: true });
    }
  });

  it('needs that: every step, really run a second time on a store it has migrated, fails and leaves the store as it was', () => {
    for (const migration of migrations) {
      const db = storeOf(new Database(':memory:'));
      attachLedger(db, ':memory:');
      for (const m of migrations.slice(0, migrations.indexOf(migration) + 1)) {
        m.stage?.(db);
        m.up(db);
        db.pragma(`user_version = ${m.version}`);
      }
      const before = schemaOf(db);
      expect(() => db.transaction(() => migration.up(db))(), `${migration.version} ${migration.name}`).toThrow();
      expect(schemaOf(db), `${migration.version} ${migration.name}`).toEqual(before);
      db.close();
    }
  });

  it('stages (the work committed before a step, moving rows to the ledger file) may run again safely', () => {
    for (const migration of migrations.filter((m) => m.stage)) {
      const db = storeOf(new Database(':memory:'));
      attachLedger(db, ':memory:');
      for (const m of migrations.slice(0, migrations.indexOf(migration))) {
        m.stage?.(db);
        m.up(db);
        db.pragma(`user_version = ${m.version}`);
      }
      // A crash between the stage and its step: the next open runs the stage again before the step.
      migration.stage!(db);
      migration.stage!(db);
      migrate(db);
      expect(schemaVersion(db), migration.name).toBe(latestVersion());
      db.close();
    }
  });
});

/** Both files' schemas: the store's and its ledger file's. */
function schemaOf(db: Store): unknown[] {
  return ['main', 'ledger'].flatMap((schema) =>
    connection(db).prepare(`SELECT '${schema}' AS file, type, name, sql FROM ${schema}.sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY name`).all(),
  );
}
