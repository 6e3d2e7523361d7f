import type { Settings } from '../settings.js';
import { resolvePeriod, type Period, type PeriodOptions } from '../time/period.js';
import { Zone } from '../time/zone.js';

/** Today's day number on the store's wall clock. */
export function storeToday(settings: Pick<Settings, 'timezone'>, now: Date): number {
  return new Zone(settings.timezone).localDay(Math.floor(now.getTime() / 1000));
}

/** The period the options name, counted in the store's zone and week (the last complete week by default). */
export function reportPeriod(options: PeriodOptions, settings: Pick<Settings, 'timezone' | 'week_start'>, now: Date): Period {
  return resolvePeriod(options, storeToday(settings, now), settings.week_start);
}
