import type Database from 'better-sqlite3';

const NAME_OF = (code: string) =>
  `CASE ${code} WHEN 0 THEN 'abandoned_unanswered' WHEN 1 THEN 'long_wait' WHEN 2 THEN 'repeat' WHEN 3 THEN 'survey_dissatisfied' WHEN 4 THEN 'survey_satisfied' END`;
const KEY_OF = (id: string) => `(SELECT source_key FROM calls WHERE id = ${id})`;

/**
 * Gives a store this svc wrote its customers' call events and event months as a store before
 * migration 015 held them (the tables of migrations 005 and 012: event names and calls' source
 * keys as texts, the events in a rowid table with two indexes), for a test that winds a store
 * back to an earlier version.
 */
export function windBackToTextEvents(raw: Database.Database): void {
  raw.exec(`
    ALTER TABLE customer_call_events RENAME TO coded_events;
    CREATE TABLE customer_call_events (
      customer  TEXT NOT NULL,
      at        INTEGER NOT NULL,
      event     TEXT NOT NULL CHECK (event IN ('abandoned_unanswered', 'long_wait', 'survey_satisfied', 'survey_dissatisfied', 'repeat')),
      call_key  TEXT NOT NULL
    ) STRICT;
    INSERT INTO customer_call_events SELECT customer, at, ${NAME_OF('event')}, ${KEY_OF('call_id')} FROM coded_events;
    DROP TABLE coded_events;
    CREATE INDEX customer_call_events_by_time ON customer_call_events (at, customer, event, call_key);
    CREATE INDEX customer_call_events_by_customer ON customer_call_events (customer, at);

    ALTER TABLE customer_event_months RENAME TO coded_months;
    CREATE TABLE customer_event_months (
      customer TEXT NOT NULL, month INTEGER NOT NULL, abandoned_unanswered INTEGER NOT NULL, long_wait INTEGER NOT NULL,
      survey_satisfied INTEGER NOT NULL, survey_dissatisfied INTEGER NOT NULL, repeats INTEGER NOT NULL,
      bad_at INTEGER, bad_event TEXT, bad_call TEXT, signal_at INTEGER, signal_event TEXT, signal_call TEXT,
      PRIMARY KEY (customer, month)
    ) STRICT, WITHOUT ROWID;
    INSERT INTO customer_event_months SELECT customer, month, abandoned_unanswered, long_wait, survey_satisfied, survey_dissatisfied, repeats,
      bad_at, ${NAME_OF('bad_event')}, ${KEY_OF('bad_call')}, signal_at, ${NAME_OF('signal_event')}, ${KEY_OF('signal_call')} FROM coded_months;
    DROP TABLE coded_months;
  `);
}
