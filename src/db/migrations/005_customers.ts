import { customerKeyer } from '../../core/customers/customer-key.js';
import { rebuildCustomerProjection } from '../customer-projection.js';
import { rekeyCustomers } from '../customer-keys.js';
import { readSettings } from '../settings.js';
import { refreshRepeats, rollupBasis, stageCustomers } from '../rollups.js';
import type { Migration } from './index.js';

function appendOnly(table: string): string {
  return `
    CREATE TRIGGER ${table}_never_changed BEFORE UPDATE ON ${table}
    BEGIN SELECT RAISE(ABORT, '${table} is append-only: add an entry instead'); END;
    CREATE TRIGGER ${table}_never_deleted BEFORE DELETE ON ${table}
    BEGIN SELECT RAISE(ABORT, '${table} is append-only: an entry is never deleted'); END;`;
}

export const customers: Migration = {
  version: 5,
  name: 'customers: one key per customer, merges, flags, WOW moments, per-customer projection',
  up(db) {
    db.exec(`
      CREATE TABLE customer_merges (
        id        INTEGER PRIMARY KEY,
        customer  TEXT NOT NULL,               -- the id that stays
        other     TEXT NOT NULL,               -- the id recorded as the same person
        action    TEXT NOT NULL CHECK (action IN ('merge', 'unmerge')),
        at        INTEGER NOT NULL,            -- unix seconds, UTC
        by        TEXT NOT NULL,
        reason    TEXT,
        CHECK (customer <> other)
      ) STRICT;

      CREATE TABLE customer_flags (
        id        INTEGER PRIMARY KEY,
        customer  TEXT NOT NULL,
        flag      TEXT NOT NULL CHECK (flag IN ('bound', 'vip', 'abusive', 'do-not-contact', 'fired')),
        action    TEXT NOT NULL CHECK (action IN ('flag', 'unflag')),
        at        INTEGER NOT NULL,
        by        TEXT NOT NULL,
        reason    TEXT NOT NULL CHECK (trim(reason) <> '')
      ) STRICT;
      CREATE INDEX customer_flags_by_customer ON customer_flags (customer, id);

      CREATE TABLE wow_moments (
        id        INTEGER PRIMARY KEY,
        customer  TEXT NOT NULL,
        text      TEXT NOT NULL CHECK (trim(text) <> ''),   -- verbatim
        agent     TEXT,
        call_key  TEXT,
        at        INTEGER NOT NULL,
        by        TEXT NOT NULL
      ) STRICT;
      CREATE INDEX wow_moments_by_customer ON wow_moments (customer, at);
      ${appendOnly('customer_merges')}
      ${appendOnly('customer_flags')}
      ${appendOnly('wow_moments')}

      -- Per customer and wall-clock month (months since 1970-01), kept by import and undo.
      CREATE TABLE customer_months (
        customer  TEXT NOT NULL,
        month     INTEGER NOT NULL,
        contacts  INTEGER NOT NULL,
        first_at  INTEGER NOT NULL,
        last_at   INTEGER NOT NULL,
        PRIMARY KEY (customer, month)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX customer_months_by_month ON customer_months (month, customer, contacts, first_at, last_at);

      -- The calls that say something about a customer's experience, kept by import and undo.
      CREATE TABLE customer_call_events (
        customer  TEXT NOT NULL,
        at        INTEGER NOT NULL,            -- the call's arrival (a repeat: the later call's)
        event     TEXT NOT NULL CHECK (event IN ('abandoned_unanswered', 'long_wait', 'survey_satisfied', 'survey_dissatisfied', 'repeat')),
        call_key  TEXT NOT NULL
      ) STRICT;
      -- Covering: a window's events are read from the index alone.
      CREATE INDEX customer_call_events_by_time ON customer_call_events (at, customer, event, call_key);
      CREATE INDEX customer_call_events_by_customer ON customer_call_events (customer, at);
    `);
    const settings = readSettings(db);
    const changed = rekeyCustomers(db, customerKeyer(settings.phone_region));
    // Only repeat contacts depend on who the customer is; later migrations' tables do not exist yet.
    if (changed > 0) {
      stageCustomers(db, 'SELECT DISTINCT customer FROM calls WHERE customer IS NOT NULL');
      refreshRepeats(db, rollupBasis(settings));
    }
    rebuildCustomerProjection(db, settings);
  },
};
