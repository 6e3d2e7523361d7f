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
 * the earlier ones are measured together, one pass over their span. A period wholly before the
 * store's first call or after its last is null, not zero: the store knows nothing of it.
 */
export function buildKpiTrend(db: Store, period: Period, count: number, measured: { previous: CallKpis; current: CallKpis }): (CallKpis | null)[] {
  return atomically(db, () => {
    const settings = readSettings(db);
    const zone = new Zone(settings.timezone);
    const { span, horizon } = storeSpan(db, zone, settings.repeat_window_h);
    const periods: Period[] = [period];
    while (periods.length < count) periods.unshift(previousPeriod(periods[0]!));
    const kpis = [...measurePeriods(db, periods.slice(0, -2), settings, horizon), measured.previous, measured.current].slice(-count);
    const known = (each: Period) => span !== null && each.toDay >= zone.localDay(span.first) && each.fromDay <= zone.localDay(span.last);
    return kpis.map((each, index) => (known(periods[index]!) ? each : null));
  });
}
