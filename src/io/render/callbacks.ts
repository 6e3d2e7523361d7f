import type { Callback } from '../../core/callbacks.js';
import type { Zone } from '../../core/time/zone.js';
import { localIso, localTime } from './instant.js';
import type { Format, Tabular } from './index.js';

export function callbackRows(callbacks: readonly Callback[], zone: Zone, format: Format): Tabular {
  const time = (at: number | null) => (at === null ? null : format === 'table' || format === 'md' ? localTime(at, zone) : localIso(at, zone));
  return {
    columns: [
      { key: 'customer', header: 'customer' },
      { key: 'attempts', header: 'attempts', align: 'right' },
      { key: 'first_attempt', header: 'first attempt' },
      { key: 'last_attempt', header: 'last attempt' },
      { key: 'longest_wait_s', header: 'longest wait s', align: 'right' },
      { key: 'total_wait_s', header: 'total wait s', align: 'right' },
      { key: 'last_answered', header: 'last answered' },
    ],
    rows: callbacks.map((callback) => ({
      customer: callback.customer,
      attempts: callback.attempts,
      first_attempt: time(callback.first_attempt_at),
      last_attempt: time(callback.last_attempt_at),
      longest_wait_s: callback.longest_wait_s,
      total_wait_s: callback.total_wait_s,
      last_answered: time(callback.last_answered_at),
    })),
    empty: 'No one to call back.',
  };
}
