import { callsOfImport, type ImportRow } from './imports.js';
import { connection, type Store } from './store.js';
import { stageCustomers } from './rollups.js';

/** Stages the customers of the calls stored from `firstCallId` on (an import's new calls), for refreshRepeats. */
export function stageCustomersOfNewCalls(db: Store, firstCallId: number): void {
  stageCustomers(db, 'SELECT DISTINCT customer FROM calls WHERE id >= ? AND customer IS NOT NULL', firstCallId);
}

/** Stages the customers of the calls one import added, for refreshRepeats. */
export function stageCustomersOfImport(db: Store, found: ImportRow): void {
  const [where, ...params] = callsOfImport(found);
  stageCustomers(db, `SELECT DISTINCT customer FROM calls WHERE ${where} AND customer IS NOT NULL`, ...params);
}

/** Empties the stage when nothing that clears it ran (the daily path, which works from the new calls alone). */
export function clearStagedCustomers(store: Store): void {
  const db = connection(store);
  db.exec('DELETE FROM temp.repeat_customers');
}
