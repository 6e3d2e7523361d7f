import type { Store } from '../../db/open.js';
import type { CommandContext } from '../context.js';
import { ledgerClock, operatingUser } from '../ledger-clock.js';

/** Now, today in the store's zone, and who records. */
export const recorder = (context: CommandContext, db: Store) => {
  const clock = ledgerClock(db, context.io);
  return { now: clock.now, today: clock.zone.localDay(clock.now), by: operatingUser(context.io) };
};
