import { dataSpan } from '../../db/data-span.js';
import type { Store } from '../../db/open.js';
import { addMonths, firstDayOfMonth } from '../time/calendar.js';
import type { Period } from '../time/period.js';
import type { Zone } from '../time/zone.js';

export interface SwotPeriod {
  period: Period;
  /** Why this period: no data yet, the last complete month the data covers, or the span it covers. */
  basis: 'no-data' | 'last-month' | 'span';
}

/**
 * A review with no period asked reads the last complete month the store's data covers from its
 * first day to its last; when the data covers no whole month, the span it does cover, and says so.
 */
export function swotDefaultPeriod(db: Store, zone: Zone, today: number): SwotPeriod {
  let month = addMonths(firstDayOfMonth(today), -1);
  const monthOf = (first: number): Period => ({ fromDay: first, toDay: addMonths(first, 1) - 1, kind: 'monthly' });
  const span = dataSpan(db, (at) => zone.localDay(at));
  if (span === null) return { period: monthOf(month), basis: 'no-data' };
  while (monthOf(month).toDay > span.last) month = addMonths(month, -1);
  const candidate = monthOf(month);
  if (candidate.fromDay >= span.first) {
    return { period: candidate, basis: 'last-month' };
  }
  const last = Math.min(span.last, today);
  return { period: { fromDay: span.first, toDay: last, kind: 'custom' }, basis: 'span' };
}
