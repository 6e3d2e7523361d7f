import { insertEventMonths } from '../customer-event-months.js';
import type { Migration } from './index.js';

export const customerEventMonths: Migration = {
  version: 12,
  name: "customers' call events folded per UTC month, so the lists read months instead of every event",
  up(db) {
    db.exec(`
      -- Per customer and UTC calendar month (months since 1970-01) of customer_call_events, kept by import and undo.
      CREATE TABLE customer_event_months (
        customer              TEXT NOT NULL,
        month                 INTEGER NOT NULL,
        abandoned_unanswered  INTEGER NOT NULL,
        long_wait             INTEGER NOT NULL,
        survey_satisfied      INTEGER NOT NULL,
        survey_dissatisfied   INTEGER NOT NULL,
        repeats               INTEGER NOT NULL,
        bad_at                INTEGER,          -- the month's latest bad experience (abandoned unanswered, dissatisfied csat, repeat)
        bad_event             TEXT,
        bad_call              TEXT,
        signal_at             INTEGER,          -- the month's latest csat signal (satisfied or dissatisfied)
        signal_event          TEXT,
        signal_call           TEXT,
        PRIMARY KEY (customer, month)
      ) STRICT, WITHOUT ROWID;
    `);
    insertEventMonths(db, '');
  },
};
