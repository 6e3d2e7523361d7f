import { connection, type Store } from './store.js';

/** Queue names seen in the calls, from the rollups (one row per hour, queue and agent), not the calls. */
export function queueNames(store: Store): string[] {
  const db = connection(store);
  return (db.prepare("SELECT DISTINCT queue FROM hourly_rollup WHERE queue <> '' ORDER BY queue").pluck().all() as string[]);
}

export function agentNames(store: Store): string[] {
  const db = connection(store);
  return (db.prepare("SELECT DISTINCT agent FROM hourly_rollup WHERE agent <> '' ORDER BY agent").pluck().all() as string[]);
}
