import { UserError } from '../../errors.js';
import { deleteImportedCalls, findImport, markImportUndone } from '../../db/imports.js';
import type { Store } from '../../db/open.js';
import { writeTransaction } from '../../db/write-lock.js';
import { readSettings } from '../../db/settings.js';
import { rebuildRollups, type RollupBasis } from '../../db/rollups.js';
import { refreshStagedCustomers } from './refresh-staged-customers.js';
import { stageCustomersOfImport } from '../../db/stage-customers.js';
import { refreshCoarseRollups } from '../../db/coarse-rollups.js';

/** Removes exactly the calls one import added and re-derives the rollups of their hours, in one transaction. */
export function undoImport(db: Store, id: number, basis: RollupBasis, now: Date): { removed: number } {
  return writeTransaction(db, 'main', () => {
    const found = findImport(db, id);
    if (!found) throw new UserError(`no import #${id}`, 'svc imports lists them');
    if (found.undone_at) throw new UserError(`import #${id} was already undone at ${found.undone_at}`);
    // The customers' other calls may have been followed by one of these: their repeats change too.
    stageCustomersOfImport(db, found);
    const { removed, hours } = deleteImportedCalls(db, found);
    refreshStagedCustomers(db, readSettings(db), basis);
    rebuildRollups(db, basis, hours);
    if (hours.length > 0) refreshCoarseRollups(db, basis, { fromHour: hours.reduce((a, b) => Math.min(a, b)), toHour: hours.reduce((a, b) => Math.max(a, b)) });
    markImportUndone(db, id, now);
    return { removed };
  });
}
