import type { Carry } from '../io/formats/reader.js';
import { connection, type Store } from './store.js';

/** A format's carried state, loaded whole (it is small: calls still open at a file's end). */
export function loadCarry(store: Store, format: string): Carry & { save(): void } {
  const db = connection(store);
  const values = new Map(
    (db.prepare('SELECT key, value FROM import_carry WHERE format = ?').all(format) as { key: string; value: string }[]).map((row) => [row.key, row.value]),
  );
  let changed = false;
  return {
    get: (key) => values.get(key),
    set: (key, value) => {
      values.set(key, value);
      changed = true;
    },
    delete: (key) => {
      changed = values.delete(key) || changed;
    },
    keys: () => [...values.keys()],
    save() {
      if (!changed) return;
      db.prepare('DELETE FROM import_carry WHERE format = ?').run(format);
      const insert = db.prepare('INSERT INTO import_carry (format, key, value) VALUES (?, ?, ?)');
      for (const [key, value] of values) insert.run(format, key, value);
    },
  };
}
