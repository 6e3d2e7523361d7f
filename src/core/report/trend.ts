import type { Store } from '../../db/open.js';
import { readSettings } from '../../db/settings.js';
import type { CallKpis } from '../kpi/catalogue.js';
import { previousPeriod, type Period } from '../time/period.js';
import { Zone } from '../time/zone.js';
import { storeSpan } from './coverage.js';
import { measurePeriods } from './measure.js';
import { atomically } from '../../db/transaction.js';

/**
 * The totals of `count` periods of the same length ending with `period`, oldest first: what a
 * sparkline draws. The last two are the report's own (`previous`, `current`), already measured;
 * the earlier ones are measured together, one pass over their span.
 */
export function buildKpiTrend(db: Store, period: Period, count: number, measured: { previous: CallKpis; current: CallKpis }): CallKpis[] {
  return atomically(db, () => {
    const settings = readSettings(db);
    const { horizon } = storeSpan(db, new Zone(settings.timezone), settings.repeat_window_h);
    const earlier: Period[] = [previousPeriod(period)];
    while (earlier.length < count - 1) earlier.unshift(previousPeriod(earlier[0]!));
    earlier.pop();
    return [...measurePeriods(db, earlier, settings, horizon), measured.previous, measured.current].slice(-count);
  });
}
