import type { Store } from './open.js';

export interface StoredStaffingTarget {
  spec: string;
  /** ISO 8601 UTC. */
  setAt: string;
}

export function readStaffingTarget(db: Store): StoredStaffingTarget | undefined {
  return db.prepare('SELECT spec, set_at AS setAt FROM staffing_target WHERE id = 1').get() as StoredStaffingTarget | undefined;
}

export function writeStaffingTarget(db: Store, spec: string, setAt: string): void {
  db.prepare('INSERT INTO staffing_target (id, spec, set_at) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET spec = excluded.spec, set_at = excluded.set_at').run(spec, setAt);
}

export function removeStaffingTarget(db: Store): boolean {
  return db.prepare('DELETE FROM staffing_target WHERE id = 1').run().changes > 0;
}
