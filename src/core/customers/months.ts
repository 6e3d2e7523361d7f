import type { Zone } from '../time/zone.js';

/** Wall-clock months since 1970-01, the projection's month numbers. */
export function monthOfInstant(at: number, zone: Zone): number {
  const wall = new Date(zone.wallSeconds(at) * 1000);
  return (wall.getUTCFullYear() - 1970) * 12 + wall.getUTCMonth();
}

/** The first wall-clock hour of a month. */
export function firstHourOfMonth(month: number): number {
  return Date.UTC(1970 + Math.floor(month / 12), month % 12, 1) / 3_600_000;
}
