import type { Migration } from './index.js';

/** A stored event name as its code (src/db/call-event-codes.ts): the names' alphabetical order. */
const codeOf = (column: string) =>
  `CASE ${column} WHEN 'abandoned_unanswered' THEN 0 WHEN 'long_wait' THEN 1 WHEN 'repeat' THEN 2 WHEN 'survey_dissatisfied' THEN 3 WHEN 'survey_satisfied' THEN 4 END`;
const callIdOf = (column: string) => `(SELECT id FROM calls WHERE source_key = ${column})`;

export const codedCallEvents: Migration = {
  version: 15,
  name: "customers' call events and their months with event codes and call ids, the events in one table clustered by customer and time",
  up(db) {
    db.exec(`
      ALTER TABLE customer_call_events RENAME TO customer_call_events_as_texts;
      -- The calls that say something about a customer's experience, kept by import and undo.
      CREATE TABLE customer_call_events (
        customer  TEXT NOT NULL,
        at        INTEGER NOT NULL,            -- the call's arrival (a repeat: the next call's)
        -- 0 abandoned_unanswered, 1 long_wait, 2 repeat, 3 survey_dissatisfied, 4 survey_satisfied (the names' order)
        event     INTEGER NOT NULL CHECK (event BETWEEN 0 AND 4),
        call_id   INTEGER NOT NULL,            -- calls.id (a repeat: the answered call the next one repeats)
        PRIMARY KEY (customer, at, event, call_id)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO customer_call_events (customer, at, event, call_id)
        SELECT old.customer, old.at, ${codeOf('old.event')}, calls.id
        FROM customer_call_events_as_texts AS old CROSS JOIN calls ON calls.source_key = old.call_key
        ORDER BY 1, 2, 3, 4;
      DROP TABLE customer_call_events_as_texts;
      -- Carries the key's other columns (customer, event, call id), as every index of a WITHOUT ROWID table does: the reads by time need no other.
      CREATE INDEX customer_call_events_by_time ON customer_call_events (at);

      ALTER TABLE customer_event_months RENAME TO customer_event_months_as_texts;
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
        bad_event             INTEGER CHECK (bad_event IN (0, 2, 3)),
        bad_call              INTEGER,          -- calls.id
        signal_at             INTEGER,          -- the month's latest csat signal (satisfied or dissatisfied)
        signal_event          INTEGER CHECK (signal_event IN (3, 4)),
        signal_call           INTEGER,          -- calls.id
        PRIMARY KEY (customer, month)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO customer_event_months
        SELECT customer, month, abandoned_unanswered, long_wait, survey_satisfied, survey_dissatisfied, repeats,
          bad_at, ${codeOf('bad_event')}, ${callIdOf('bad_call')}, signal_at, ${codeOf('signal_event')}, ${callIdOf('signal_call')}
        FROM customer_event_months_as_texts ORDER BY customer, month;
      DROP TABLE customer_event_months_as_texts;
    `);
  },
};
