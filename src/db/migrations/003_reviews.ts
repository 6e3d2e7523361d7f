import type { Migration } from './index.js';

export const reviews: Migration = {
  version: 3,
  name: 'survey instruments and responses, SWOT reviews and TOWS strategies',
  up(db) {
    db.exec(`
      -- Custom instruments only: the built-in ones (csat, nps, ces, servqual) live in the code.
      CREATE TABLE survey_instruments (
        id         TEXT PRIMARY KEY,
        definition TEXT NOT NULL,               -- the validated JSON document
        defined_at TEXT NOT NULL                -- ISO 8601 UTC
      ) STRICT;

      CREATE TABLE survey_responses (
        id           INTEGER PRIMARY KEY,
        instrument   TEXT NOT NULL,
        response_key TEXT NOT NULL UNIQUE,      -- makes a re-import add nothing
        responded_at INTEGER NOT NULL,          -- unix seconds, UTC
        lang         TEXT,
        customer     TEXT,
        call_key     TEXT,                      -- calls.source_key; no foreign key, so undoing a call import stays possible
        comment      TEXT,
        source       TEXT NOT NULL              -- 'run', or the imported file as given
      ) STRICT;
      CREATE INDEX survey_responses_by_time ON survey_responses (instrument, responded_at);

      CREATE TABLE survey_answers (
        response_id INTEGER NOT NULL REFERENCES survey_responses(id) ON DELETE CASCADE,
        item        TEXT NOT NULL,              -- item id; SERVQUAL 'E:rel1', 'P:rel1' and weights 'W:reliability'
        value       REAL NOT NULL,              -- as answered, before any reverse scoring
        PRIMARY KEY (response_id, item)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE swot_reviews (
        id         INTEGER PRIMARY KEY,
        title      TEXT NOT NULL,
        created_at TEXT NOT NULL,               -- ISO 8601 UTC
        from_day   TEXT NOT NULL,               -- YYYY-MM-DD, the period the evidence came from
        to_day     TEXT NOT NULL
      ) STRICT;

      CREATE TABLE swot_items (
        id           INTEGER PRIMARY KEY,
        review_id    INTEGER NOT NULL REFERENCES swot_reviews(id) ON DELETE CASCADE,
        quadrant     TEXT NOT NULL CHECK (quadrant IN ('strength', 'weakness', 'opportunity', 'threat')),
        position     INTEGER NOT NULL,          -- 1-based within the quadrant: S1, S2, W1 …
        text         TEXT NOT NULL,
        importance   INTEGER NOT NULL CHECK (importance BETWEEN 1 AND 5),
        likelihood   INTEGER CHECK (likelihood BETWEEN 1 AND 5),
        note         TEXT,
        evidence_key TEXT,                      -- what a proposed item was drawn from; matches it across reviews
        evidence     TEXT,                      -- the evidence as cited to the user
        origin       TEXT NOT NULL CHECK (origin IN ('proposed', 'edited', 'added')),
        UNIQUE (review_id, quadrant, position),
        CHECK ((quadrant IN ('opportunity', 'threat')) = (likelihood IS NOT NULL))
      ) STRICT;

      CREATE TABLE swot_strategies (
        id            INTEGER PRIMARY KEY,
        review_id     INTEGER NOT NULL REFERENCES swot_reviews(id) ON DELETE CASCADE,
        kind          TEXT NOT NULL CHECK (kind IN ('SO', 'ST', 'WO', 'WT')),
        first_item    INTEGER NOT NULL REFERENCES swot_items(id),  -- the strength or weakness
        second_item   INTEGER NOT NULL REFERENCES swot_items(id),  -- the opportunity or threat
        text          TEXT NOT NULL,
        owner         TEXT,
        due_day       TEXT,                     -- YYYY-MM-DD
        commitment_id INTEGER,                  -- the organisational commitment that follows it, if one was recorded
        status        TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'not_done')),
        status_at     TEXT                      -- when a later review recorded the status
      ) STRICT;
    `);
  },
};
