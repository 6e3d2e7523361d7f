import type { Callback } from '../../../core/callbacks.js';
import type { Zone } from '../../../core/time/zone.js';
import type { Column, Document } from '../document/model.js';
import { timedListDocument } from './list-page.js';

const COLUMNS: Column[] = [
  { key: 'customer', label: 'customer', type: 'text' },
  { key: 'attempts', label: 'attempts', type: 'count' },
  { key: 'first_attempt', label: 'first attempt', type: 'time' },
  { key: 'last_attempt', label: 'last attempt', type: 'time' },
  { key: 'longest_wait_s', label: 'longest wait', type: 'duration' },
  { key: 'total_wait_s', label: 'total wait', type: 'duration' },
  { key: 'last_answered', label: 'last answered', type: 'time' },
];

/** `svc callbacks`: short local times for people, exact ISO instants for data; waits m:ss for people, seconds for data. */
export function callbacksView(callbacks: readonly Callback[], zone: Zone): Document {
  return timedListDocument('Customers to call back', 'callbacks', COLUMNS, callbacks, (callback, at) => ({
    customer: callback.customer,
    attempts: callback.attempts,
    first_attempt: at(callback.first_attempt_at),
    last_attempt: at(callback.last_attempt_at),
    longest_wait_s: callback.longest_wait_s,
    total_wait_s: callback.total_wait_s,
    last_answered: at(callback.last_answered_at),
  }), zone, 'No one to call back.');
}
