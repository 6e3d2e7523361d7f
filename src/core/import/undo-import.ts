import { UserError } from '../../errors.js';
import { deleteImportedCalls, findImport, markImportUndone } from '../../db/imports.js';
import type { Store } from '../../db/open.js';
import { rebuildRollups, type RollupBasis } from '../../db/rollups.js';

/** Removes exactly the calls one import added and re-derives the rollups of their hours, in one transaction. */
export function undoImport(db: Store, id: number, basis: RollupBasis, now: Date): { removed: number } {
  return db.transaction(() => {
    const found = findImport(db, id);
    if (!found) throw new UserError(`no import #${id}`, 'svc imports lists them');
    if (found.undone_at) throw new UserError(`import #${id} was already undone at ${found.undone_at}`);
    const { removed, hours } = deleteImportedCalls(db, id);
    rebuildRollups(db, basis, hours);
    markImportUndone(db, id, now);
    return { removed };
  }).immediate();
}
