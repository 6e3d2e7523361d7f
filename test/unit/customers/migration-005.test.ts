import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrations, schemaVersion } from '../../../src/db/migrations/index.js';
import { openStore } from '../../../src/db/open.js';
import { writeSetting } from '../../../src/db/settings.js';
import { tempDir } from '../../helpers/cli.js';
import { connection, storeOf } from '../../../src/db/store.js';

const { dir, cleanup } = tempDir();

/**
 * A store as the release before customers wrote it: migrations 001–003 (released, never
 * changed), ids stored exactly as they came, and hourly rollups and next arrivals as that
 * release kept them (the two spellings of one number were two customers: no repeat contact).
 */
function releasedStore(file: string): void {
  const raw = storeOf(new Database(file));
  for (const migration of migrations.filter((m) => m.version <= 3)) {
    migration.up(raw);
    raw.pragma(`user_version = ${migration.version}`);
  }
  raw.exec(`
    INSERT INTO imports (id, source, format, started_at, inserted, first_call_id, last_call_id) VALUES (1, 'calls.csv', 'generic', '2026-11-01T00:00:00Z', 4, 1, 4);
    INSERT INTO calls (id, source_key, import_id, customer, arrival_at, local_hour, wait_s, talk_s, outcome, next_arrival_at) VALUES
      (1, 'C1', 1, '+972 54-123-4567', 1793000000, 498055, 5, 60, 'answered', NULL),
      (2, 'C2', 1, '+972541234567', 1793003600, 498056, 5, 60, 'answered', NULL),
      (3, 'C3', 1, ' Dana@Example.COM ', 1793000000, 498055, 5, 60, 'answered', NULL),
      (4, 'C4', 1, '0541234567', 1793007200, 498057, 5, 60, 'answered', NULL);
    INSERT INTO hourly_rollup VALUES
      (498055, '', '', 2, 0, 0, 2, 10, 5, 2, 0, 0, 120, 2, 120, 0, 0, 0, 0, 0, 2, 0),
      (498056, '', '', 1, 0, 0, 1, 5, 5, 1, 0, 0, 60, 1, 60, 0, 0, 0, 0, 0, 1, 0),
      (498057, '', '', 1, 0, 0, 1, 5, 5, 1, 0, 0, 60, 1, 60, 0, 0, 0, 0, 0, 1, 0);
    INSERT INTO commitments (customer, promise, due_at, made_at, made_by, recorded_at) VALUES ('+972-54-123-4567', 'refund', 1793100000, 1793000000, 'dana', 1793000000);
    INSERT INTO complaints (customer, category, category_key, severity, description, received_at, recorded_by, recorded_at)
      VALUES (' Dana@Example.COM', 'billing', 'billing', 'medium', 'charged twice', 1793000000, 'dana', 1793000000);
    INSERT INTO survey_responses (instrument, response_key, responded_at, customer, source) VALUES ('nps', 'r1', 1793000000, '+972 54 123 4567', 'run');
  `);
  raw.close();
}

describe('migration 005 on a store written by the release before it', () => {
  it('re-keys every stored customer, keeps the ledgers append-only, recounts repeats and builds the projection', () => {
    const file = join(dir, 'released.db');
    releasedStore(file);
    const db = openStore(file);
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(5);
    const customers = (sql: string) => (connection(db).prepare(sql).all() as { customer: string }[]).map((row) => row.customer);
    // No region yet: only the numbers written with + become E.164; the e-mail is trimmed and lower-cased.
    expect(customers('SELECT customer FROM calls ORDER BY id')).toEqual(['+972541234567', '+972541234567', 'dana@example.com', '0541234567']);
    expect(customers('SELECT customer FROM commitments')).toEqual(['+972541234567']);
    expect(customers('SELECT customer FROM complaints')).toEqual(['dana@example.com']);
    expect(customers('SELECT customer FROM survey_responses')).toEqual(['+972541234567']);
    expect(() => connection(db).prepare("UPDATE commitments SET promise = 'changed'").run()).toThrow(/append-only/);
    expect(() => connection(db).prepare('DELETE FROM complaints').run()).toThrow(/append-only/);
    // C2 arrives an hour after C1, now the same customer: one repeat contact, in C1's hour.
    expect(connection(db).prepare('SELECT local_hour, repeat_base, repeat_yes FROM hourly_rollup ORDER BY local_hour').all()).toEqual([
      { local_hour: 498055, repeat_base: 2, repeat_yes: 1 },
      { local_hour: 498056, repeat_base: 1, repeat_yes: 0 },
      { local_hour: 498057, repeat_base: 1, repeat_yes: 0 },
    ]);
    expect(connection(db).prepare('SELECT customer, contacts FROM customer_months ORDER BY customer').all()).toEqual([
      { customer: '+972541234567', contacts: 2 },
      { customer: '0541234567', contacts: 1 },
      { customer: 'dana@example.com', contacts: 1 },
    ]);

    // Setting the region re-keys again: the national spelling joins the same customer.
    writeSetting(db, 'phone_region', 'il');
    expect(customers('SELECT DISTINCT customer FROM calls ORDER BY customer')).toEqual(['+972541234567', 'dana@example.com']);
    expect(connection(db).prepare("SELECT contacts FROM customer_months WHERE customer = '+972541234567'").get()).toEqual({ contacts: 3 });
    // C2 → C4 is an hour apart too now.
    expect(connection(db).prepare('SELECT sum(repeat_yes) AS repeats FROM hourly_rollup').get()).toEqual({ repeats: 2 });
    db.close();
    cleanup();
  });
});
