import { UserError } from '../../errors.js';
import { deleteImportedCalls, findImport, lastCallId, markImportUndone, type ImportRow } from '../../db/imports.js';
import type { Store } from '../../db/open.js';
import { writeTransaction } from '../../db/write-lock.js';
import { readSettings } from '../../db/settings.js';
import { rebuildRollups, type RollupBasis } from '../../db/rollups.js';
import { refreshStagedCustomers } from './refresh-staged-customers.js';
import { stageCustomersOfImport } from '../../db/stage-customers.js';
import { refreshCoarseRollups } from '../../db/coarse-rollups.js';
import { clearRemovedCalls, stageRemovedCalls } from '../../db/removed-calls.js';
import { withdrawFromCustomerProjection } from '../../db/customer-projection.js';
import { noteMonthsOfRemovedCalls, withdrawFromCustomerMonths } from '../../db/customer-days.js';
import { refreshRepeatsOfRemovedCalls } from '../../db/removed-call-repeats.js';
import { FEW_CALLS_SHARE } from './import-file.js';

/** Removes exactly the calls one import added and re-derives the rollups of their hours, in one transaction. */
export function undoImport(db: Store, id: number, basis: RollupBasis, now: Date): { removed: number } {
  return writeTransaction(db, 'main', () => {
    const found = findImport(db, id);
    if (!found) throw new UserError(`no import #${id}`, 'svc imports lists them');
    if (found.undone_at) throw new UserError(`import #${id} was already undone at ${found.undone_at}`);
    // Ids only grow, so the last one is at least the number of stored calls (as an import judges its size).
    const few = found.inserted * FEW_CALLS_SHARE <= lastCallId(db) - found.inserted;
    const { removed, hours } = few ? removeFewCalls(db, found, basis) : removeAndRederive(db, found, basis);
    rebuildRollups(db, basis, hours);
    if (hours.length > 0) refreshCoarseRollups(db, basis, { fromHour: hours.reduce((a, b) => Math.min(a, b)), toHour: hours.reduce((a, b) => Math.max(a, b)) });
    markImportUndone(db, id, now);
    return { removed };
  });
}

/** The customers' other calls may have been followed by one of these: everything kept per customer is derived again. */
function removeAndRederive(db: Store, found: ImportRow, basis: RollupBasis) {
  stageCustomersOfImport(db, found);
  const result = deleteImportedCalls(db, found);
  refreshStagedCustomers(db, readSettings(db), basis);
  return result;
}

/** An undo of at most a quarter of the store's calls takes back what the calls changed, as the daily import adds it. */
function removeFewCalls(db: Store, found: ImportRow, basis: RollupBasis) {
  const settings = readSettings(db);
  stageRemovedCalls(db, found);
  noteMonthsOfRemovedCalls(db);
  const result = deleteImportedCalls(db, found);
  withdrawFromCustomerMonths(db, basis.shortAbandonS);
  withdrawFromCustomerProjection(db, settings);
  refreshRepeatsOfRemovedCalls(db, basis);
  clearRemovedCalls(db);
  return result;
}
