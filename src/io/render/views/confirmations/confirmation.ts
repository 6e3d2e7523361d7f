import type { Zone } from '../../../../core/time/zone.js';

/**
 * What a write says it did, in the three ways it can be asked for: a sentence for a person, the
 * bare id for a script (`--quiet`), an object with the id and the fields (`--format json`).
 */
export interface Confirmation {
  /** The sentence, as typed text may have made it: the writer escapes control characters. */
  text: string;
  /** The new entry's id; null when the write made nothing new (a change, a setting), and --quiet prints nothing. */
  id: number | string | null;
  json: unknown;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * `Tue 17 Nov 23:59` on the store's wall clock: the weekday is what a person checks a due
 * against. The year is said only when it is not the current one.
 */
export function dayAndTime(utcSeconds: number, zone: Zone, now: number): string {
  const wall = new Date(zone.wallSeconds(utcSeconds) * 1000);
  const year = wall.getUTCFullYear() === new Date(zone.wallSeconds(now) * 1000).getUTCFullYear() ? '' : ` ${wall.getUTCFullYear()}`;
  const time = wall.toISOString().slice(11, 16);
  return `${WEEKDAYS[wall.getUTCDay()]} ${wall.getUTCDate()} ${MONTHS[wall.getUTCMonth()]}${year} ${time}`;
}
