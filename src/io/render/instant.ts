import type { Zone } from '../../core/time/zone.js';

/**
 * `2026-11-20 10:15` on the store's wall clock: what a person reads in a table or an e-mail.
 * In the hour the clocks go back, the same reading happens twice: then its offset tells them apart.
 */
export function localTime(utcSeconds: number, zone: Zone): string {
  const wall = zone.wallSeconds(utcSeconds);
  const text = new Date(wall * 1000).toISOString().slice(0, 16).replace('T', ' ');
  return happensTwice(utcSeconds, wall, zone) ? `${text} ${offsetText(zone.offsetAt(utcSeconds))}` : text;
}

function happensTwice(utcSeconds: number, wall: number, zone: Zone): boolean {
  const own = zone.offsetAt(utcSeconds);
  for (const other of [zone.offsetAt(utcSeconds - 3 * 3600), zone.offsetAt(utcSeconds + 3 * 3600)]) {
    if (other !== own && zone.wallSeconds(wall - other) === wall) return true;
  }
  return false;
}

function offsetText(offset: number): string {
  const minutes = Math.abs(offset) / 60;
  return `${offset < 0 ? '-' : '+'}${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** `2026-11-20T10:15:00+02:00`: exact and local at once, for JSON and CSV. */
export function localIso(utcSeconds: number, zone: Zone): string {
  return `${new Date(zone.wallSeconds(utcSeconds) * 1000).toISOString().slice(0, 19)}${offsetText(zone.offsetAt(utcSeconds))}`;
}

export type DurationUnit = 'd' | 'h' | 'min' | 's';

/** A length of time in its two largest units: `2 d 13 h`, `5 h 20 min`, `4 min 10 s` (`part` words each in another language). */
export function humanDuration(seconds: number, part: (count: number, unit: DurationUnit) => string = (count, unit) => `${count} ${unit}`): string {
  const total = Math.round(Math.abs(seconds));
  const units: [number, DurationUnit][] = [
    [86400, 'd'],
    [3600, 'h'],
    [60, 'min'],
    [1, 's'],
  ];
  const parts: [number, DurationUnit][] = [];
  let rest = total;
  for (const [size, name] of units) {
    const count = Math.floor(rest / size);
    rest -= count * size;
    if (count > 0 || (parts.length > 0 && parts.length < 2)) parts.push([count, name]);
    if (parts.length === 2) break;
  }
  if (parts.length === 0) return part(0, 's');
  if (parts.length === 2 && parts[1]![0] === 0) parts.pop();
  return parts.map(([count, unit]) => part(count, unit)).join(' ');
}
