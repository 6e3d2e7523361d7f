import type { Store } from '../../db/open.js';
import { readSettings } from '../../db/settings.js';
import type { CallKpis } from '../kpi/catalogue.js';
import { previousPeriod, type Period } from '../time/period.js';
import { Zone } from '../time/zone.js';
import { storeSpan } from './coverage.js';
import { measureCalls } from './measure.js';
import { atomically } from '../../db/transaction.js';

/** The totals of `count` periods of the same length ending with `period`, oldest first: what a sparkline draws. */
export function buildKpiTrend(db: Store, period: Period, count: number): CallKpis[] {
  return atomically(db, () => {
    const settings = readSettings(db);
    const { horizon } = storeSpan(db, new Zone(settings.timezone), settings.repeat_window_h);
    const periods = [period];
    while (periods.length < count) periods.unshift(previousPeriod(periods[0]!));
    return periods.map((each) => measureCalls(db, each, settings, horizon).totals);
  });
}
