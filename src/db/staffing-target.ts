import { connection, type Store } from './store.js';

export interface StoredStaffingTarget {
  spec: string;
  /** ISO 8601 UTC. */
  setAt: string;
}

export function readStaffingTarget(store: Store): StoredStaffingTarget | undefined {
  const db = connection(store);
  return db.prepare('SELECT spec, set_at AS setAt FROM staffing_target WHERE id = 1').get() as StoredStaffingTarget | undefined;
}

export function writeStaffingTarget(store: Store, spec: string, setAt: string): void {
  const db = connection(store);
  db.prepare('INSERT INTO staffing_target (id, spec, set_at) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET spec = excluded.spec, set_at = excluded.set_at').run(spec, setAt);
}

export function removeStaffingTarget(store: Store): boolean {
  const db = connection(store);
  return db.prepare('DELETE FROM staffing_target WHERE id = 1').run().changes > 0;
}
