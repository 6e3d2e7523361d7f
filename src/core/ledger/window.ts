import type { Period } from '../time/period.js';
import type { Zone } from '../time/zone.js';

/** A period as instants: [from, to) in unix seconds, UTC, from its first day's midnight to the midnight after its last. */
export interface Window {
  from: number;
  to: number;
}

export function periodWindow(period: Period, zone: Zone): Window {
  return { from: zone.utcFromWall(period.fromDay * 86400), to: zone.utcFromWall((period.toDay + 1) * 86400) };
}

export function within(at: number, window: Window): boolean {
  return at >= window.from && at < window.to;
}
