import type { Migration } from './index.js';

export const importAccounting: Migration = {
  version: 9,
  name: 'every record of an import accounted for: merged legs and calls carried open',
  up(db) {
    db.exec(`
      -- read = inserted + duplicates + rejected + skipped + merged + carried
      ALTER TABLE imports ADD COLUMN merged  INTEGER NOT NULL DEFAULT 0; -- records folded into another record's call (legs, queue_log events)
      ALTER TABLE imports ADD COLUMN carried INTEGER NOT NULL DEFAULT 0; -- calls left open for the next import, less those taken over from earlier ones
    `);
  },
};
