import type { Target } from '../core/targets/target.js';
import { connection, type Store } from './store.js';

export interface StoredTarget extends Target {
  /** ISO 8601 UTC. */
  setAt: string;
}

export function readTargets(store: Store): StoredTarget[] {
  const db = connection(store);
  return db.prepare('SELECT kpi, op, value, set_at AS setAt FROM targets ORDER BY kpi').all() as StoredTarget[];
}

/** Sets a KPI's target, replacing any earlier one. */
export function writeTarget(store: Store, target: Target, setAt: string): void {
  const db = connection(store);
  db.prepare(
    'INSERT INTO targets (kpi, op, value, set_at) VALUES (?, ?, ?, ?) ON CONFLICT (kpi) DO UPDATE SET op = excluded.op, value = excluded.value, set_at = excluded.set_at',
  ).run(target.kpi, target.op, target.value, setAt);
}

/** Removes a KPI's target; false when it had none. */
export function removeTarget(store: Store, kpi: string): boolean {
  const db = connection(store);
  return db.prepare('DELETE FROM targets WHERE kpi = ?').run(kpi).changes > 0;
}
