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

/** The UTC calendar month (since 1970-01) of an instant: the call events' months, whatever the zone. */
export function utcMonthOf(at: number): number {
  const date = new Date(at * 1000);
  return (date.getUTCFullYear() - 1970) * 12 + date.getUTCMonth();
}

/** The first instant of a UTC calendar month. */
export function utcMonthStart(month: number): number {
  return Date.UTC(1970 + Math.floor(month / 12), ((month % 12) + 12) % 12, 1) / 1000;
}
