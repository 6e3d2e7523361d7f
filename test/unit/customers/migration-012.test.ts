import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCustomerRecords } from '../../../src/core/customers/load-records.js';
import { customerRules } from '../../../src/core/customers/rules.js';
import { Zone } from '../../../src/core/time/zone.js';
import { attachLedger } from '../../../src/db/ledger-file.js';
import { migrations, schemaVersion } from '../../../src/db/migrations/index.js';
import { openStore } from '../../../src/db/open.js';
import { readSettings } from '../../../src/db/settings.js';
import { tempDir } from '../../helpers/cli.js';
import { connection, storeOf } from '../../../src/db/store.js';

const { dir, cleanup } = tempDir();
const at = (iso: string) => Date.parse(iso) / 1000;

/**
 * A store as the current release writes it (migrations up to 009), with the call events its
 * import keeps: customer A has a repeat and an abandoned call at the same second (the repeat
 * comes later by event name), a csat at the last second of January (UTC) and one at the first
 * of February; B two satisfied calls at the same second (C6 comes later by call id).
 */
function releasedStore(file: string): void {
  const raw = storeOf(new Database(file));
  attachLedger(raw, `${file}-ledger`);
  for (const migration of migrations.filter((m) => m.version <= 9)) {
    migration.stage?.(raw);
    migration.up(raw);
    raw.pragma(`user_version = ${migration.version}`);
  }
  // The calls behind the events (migration 015 names each event's call by its id, C1 … C6 being 1 … 6).
  raw.exec("INSERT INTO imports (id, source, format, started_at) VALUES (1, 'old.csv', 'generic', '2026-03-01T00:00:00Z')");
  const call = raw.prepare("INSERT INTO calls (id, source_key, import_id, arrival_at, local_hour, outcome) VALUES (?, ?, 1, 0, 0, 'answered')");
  for (const id of [1, 2, 3, 4, 5, 6]) call.run(id, `C${id}`);
  const add = raw.prepare('INSERT INTO customer_call_events (customer, at, event, call_key) VALUES (?, ?, ?, ?)');
  add.run('A', at('2026-01-10T10:00:00Z'), 'long_wait', 'C1');
  add.run('A', at('2026-01-20T08:00:00Z'), 'repeat', 'C1');
  add.run('A', at('2026-01-20T08:00:00Z'), 'abandoned_unanswered', 'C2');
  add.run('A', at('2026-01-31T23:59:59Z'), 'survey_satisfied', 'C3');
  add.run('A', at('2026-02-01T00:00:00Z'), 'survey_dissatisfied', 'C4');
  add.run('B', at('2026-02-03T12:00:00Z'), 'survey_satisfied', 'C6');
  add.run('B', at('2026-02-03T12:00:00Z'), 'survey_satisfied', 'C5');
  // The calls' months of contact that come with those events (a customer with events has called).
  const month = raw.prepare('INSERT INTO customer_months (customer, month, contacts, first_at, last_at) VALUES (?, ?, ?, ?, ?)');
  const january = (2026 - 1970) * 12;
  month.run('A', january, 3, at('2026-01-10T10:00:00Z'), at('2026-01-31T23:59:59Z'));
  month.run('A', january + 1, 1, at('2026-02-01T00:00:00Z'), at('2026-02-01T00:00:00Z'));
  month.run('B', january + 1, 2, at('2026-02-03T12:00:00Z'), at('2026-02-03T12:00:00Z'));
  raw.close();
}

// The event codes of migration 015, which the store reaches after 012: the names' alphabetical order.
const [REPEAT, DISSATISFIED, SATISFIED] = [2, 3, 4];

describe('migration 012 on a store written by the current release', () => {
  it('folds the stored call events per customer and UTC month, and the lists read them', () => {
    const file = join(dir, 'released.db');
    releasedStore(file);
    const db = openStore(file);
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(12);
    const january = (2026 - 1970) * 12;
    expect(connection(db).prepare('SELECT * FROM customer_event_months ORDER BY customer, month').all()).toEqual([
      {
        customer: 'A', month: january, abandoned_unanswered: 1, long_wait: 1, survey_satisfied: 1, survey_dissatisfied: 0, repeats: 1,
        bad_at: at('2026-01-20T08:00:00Z'), bad_event: REPEAT, bad_call: 1,
        signal_at: at('2026-01-31T23:59:59Z'), signal_event: SATISFIED, signal_call: 3,
      },
      {
        customer: 'A', month: january + 1, abandoned_unanswered: 0, long_wait: 0, survey_satisfied: 0, survey_dissatisfied: 1, repeats: 0,
        bad_at: at('2026-02-01T00:00:00Z'), bad_event: DISSATISFIED, bad_call: 4,
        signal_at: at('2026-02-01T00:00:00Z'), signal_event: DISSATISFIED, signal_call: 4,
      },
      {
        customer: 'B', month: january + 1, abandoned_unanswered: 0, long_wait: 0, survey_satisfied: 2, survey_dissatisfied: 0, repeats: 0,
        bad_at: null, bad_event: null, bad_call: null,
        signal_at: at('2026-02-03T12:00:00Z'), signal_event: SATISFIED, signal_call: 6,
      },
    ]);
    // At the end of June, with the default window of 365 days, January and February are whole
    // months of the window: A's balance is −1 −2 +2 −3 = −4, B's +2 +2 = +4.
    const settings = readSettings(db);
    const records = loadCustomerRecords(db, { asOf: at('2026-06-30T23:59:59Z'), zone: new Zone('UTC'), rules: customerRules(settings) });
    expect(records.get('A')).toMatchObject({ trustBalance: -4, trustEvents: 4, lastBad: { kind: 'survey_dissatisfied', ref: 'call C4' }, lastSignal: { event: 'survey_dissatisfied' } });
    expect(records.get('B')).toMatchObject({ trustBalance: 4, trustEvents: 2, lastBad: null, lastSignal: { event: 'survey_satisfied' } });
    db.close();
    cleanup();
  });
});
