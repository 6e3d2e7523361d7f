import type { Settings } from '../settings.js';
import { CustomerFold } from './customer-fold.js';
import { addDayChains, forgetStagedCustomerDays } from '../../db/customer-days.js';
import { customerPassWriter, forgetStagedProjection, stagedCallsNewestFirst } from '../../db/customer-pass.js';
import { applyNextArrivalChanges } from '../../db/next-arrivals.js';
import { LONG_WAIT_FACTOR } from '../../db/customer-projection.js';
import type { Store } from '../../db/open.js';
import type { RollupBasis } from '../../db/rollups.js';
import { clearStagedCustomers } from '../../db/stage-customers.js';

/**
 * Re-derives everything kept per customer (months, call events and their months, customer
 * days, next arrivals and with them the hours' repeat counts) for the customers staged by an
 * import or an undo, in one pass over their calls sorted once; then clears the stage. The
 * rollups of the calls' hours must already exist.
 */
export function refreshStagedCustomers(db: Store, settings: Settings, basis: RollupBasis): void {
  forgetStagedCustomerDays(db);
  forgetStagedProjection(db);
  const fold = new CustomerFold(
    {
      callbackS: settings.callback_window_h * 3600,
      repeatS: basis.repeatWindowS,
      longWaitS: LONG_WAIT_FACTOR * settings.sl_threshold_s,
      shortAbandonS: basis.shortAbandonS,
    },
    customerPassWriter(db),
  );
  for (const call of stagedCallsNewestFirst(db)) fold.add(call);
  fold.finish();
  addDayChains(db, fold.dayChains.values());
  applyNextArrivalChanges(db);
  clearStagedCustomers(db);
}
