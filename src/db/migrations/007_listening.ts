import type { Migration } from './index.js';

function appendOnly(table: string): string {
  return `
    CREATE TRIGGER ${table}_never_changed BEFORE UPDATE ON ${table}
    BEGIN SELECT RAISE(ABORT, '${table} is an append-only ledger: an entry is never changed; add an entry instead'); END;
    CREATE TRIGGER ${table}_never_deleted BEFORE DELETE ON ${table}
    BEGIN SELECT RAISE(ABORT, '${table} is an append-only ledger: an entry is never deleted'); END;`;
}

export const listening: Migration = {
  version: 7,
  name: 'session drafts, survey follow-ups, focus groups, exceptional events and employee ideas',
  up(db) {
    db.exec(`
      -- The answers of an interactive session not yet saved, kept after every answer so that
      -- Ctrl-C, a lost terminal or a killed process loses nothing. One draft per session kind.
      CREATE TABLE session_drafts (
        kind      TEXT PRIMARY KEY,            -- 'swot', or 'survey:' and the instrument id
        started   TEXT NOT NULL,               -- JSON: what the session was started with (period, title, language …)
        answers   TEXT NOT NULL,               -- JSON: [[key, answer], …] in the order given
        saved_at  INTEGER NOT NULL             -- unix seconds, UTC
      ) STRICT;

      -- A detractor's answer closed by calling the customer back: the call back is a kept commitment.
      CREATE TABLE survey_followups (
        response_id    INTEGER PRIMARY KEY REFERENCES survey_responses (id),
        commitment_id  INTEGER NOT NULL,  -- commitments(id), in the ledger file: no foreign key reaches across files
        closed_at      INTEGER NOT NULL,
        closed_by      TEXT NOT NULL
      ) STRICT;

      CREATE TABLE focus_groups (
        id            INTEGER PRIMARY KEY,
        held_day      TEXT NOT NULL,           -- YYYY-MM-DD in the store's zone
        topic         TEXT NOT NULL CHECK (trim(topic) <> ''),
        participants  INTEGER NOT NULL CHECK (participants > 0),
        recorded_at   INTEGER NOT NULL,
        recorded_by   TEXT NOT NULL
      ) STRICT;
      CREATE INDEX focus_groups_by_day ON focus_groups (held_day);

      CREATE TABLE focus_findings (
        id             INTEGER PRIMARY KEY,
        focus_group_id INTEGER NOT NULL REFERENCES focus_groups (id),
        polarity       TEXT NOT NULL CHECK (polarity IN ('positive', 'negative')),
        finding        TEXT NOT NULL CHECK (trim(finding) <> ''),  -- verbatim
        recorded_at    INTEGER NOT NULL,
        recorded_by    TEXT NOT NULL
      ) STRICT;
      CREATE INDEX focus_findings_by_group ON focus_findings (focus_group_id);

      CREATE TABLE service_events (
        id           INTEGER PRIMARY KEY,
        from_at      INTEGER NOT NULL,         -- unix seconds, UTC, inclusive
        to_at        INTEGER NOT NULL,         -- exclusive
        kind         TEXT NOT NULL CHECK (kind IN ('outage', 'staffing', 'system', 'weather', 'other')),
        description  TEXT NOT NULL CHECK (trim(description) <> ''),  -- verbatim
        recorded_at  INTEGER NOT NULL,
        recorded_by  TEXT NOT NULL,
        CHECK (to_at > from_at)
      ) STRICT;
      CREATE INDEX service_events_by_time ON service_events (from_at, to_at);

      CREATE TABLE ideas (
        id           INTEGER PRIMARY KEY,
        author       TEXT NOT NULL CHECK (trim(author) <> ''),   -- the agent whose idea it is
        idea         TEXT NOT NULL CHECK (trim(idea) <> ''),     -- verbatim
        proposed_at  INTEGER NOT NULL,
        recorded_by  TEXT NOT NULL
      ) STRICT;

      CREATE TABLE idea_decisions (
        id       INTEGER PRIMARY KEY,
        idea_id  INTEGER NOT NULL REFERENCES ideas (id),
        status   TEXT NOT NULL CHECK (status IN ('adopted', 'declined')),
        at       INTEGER NOT NULL,
        by       TEXT NOT NULL,
        note     TEXT
      ) STRICT;
      CREATE INDEX idea_decisions_by_idea ON idea_decisions (idea_id, id);
      ${appendOnly('survey_followups')}
      ${appendOnly('focus_groups')}
      ${appendOnly('focus_findings')}
      ${appendOnly('service_events')}
      ${appendOnly('ideas')}
      ${appendOnly('idea_decisions')}
    `);
  },
};
