import { readCallbacks, type CallbackRow } from '../db/callbacks.js';
import type { Store } from '../db/open.js';

export type Callback = CallbackRow;

/**
 * The customers to call back: whose most recent call was abandoned and who have not been
 * answered since, with at least one attempt on or after `sinceDay` (a day number on the store's
 * wall clock). Most attempts first, then the longest waiting. Calls with no customer id are not
 * anyone to call back.
 */
export function customersToCallBack(db: Store, sinceDay: number): Callback[] {
  return readCallbacks(db, sinceDay * 24);
}
