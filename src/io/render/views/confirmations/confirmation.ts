import type { Zone } from '../../../../core/time/zone.js';
import { messages, type MessageKey, type Messages } from '../../../../i18n/messages.js';
import { humanDuration } from '../../instant.js';

/**
 * What a write says it did, in the three ways it can be asked for: a sentence for a person, the
 * bare id for a script (`--quiet`), an object with the id and the fields (`--format json`).
 * Only the sentence has a language: the id and the JSON are the same in every one.
 */
export interface Confirmation {
  /** The sentence, as typed text may have made it: the writer escapes control characters. */
  text: string;
  /** The new entry's id; null when the write made nothing new (a change, a setting), and --quiet prints nothing. */
  id: number | string | null;
  json: unknown;
}

/**
 * `Tue 17 Nov 23:59` (`יום ג׳, 17 בנוב׳ 23:59`) on the store's wall clock: the weekday is what a
 * person checks a due against. The year is said only when it is not the current one. Built
 * without isolates of its own: the sentence it goes into isolates it whole.
 */
export function dayAndTime(utcSeconds: number, zone: Zone, now: number, words: Messages): string {
  const plain = messages(words.lang, { isolate: false });
  const wall = new Date(zone.wallSeconds(utcSeconds) * 1000);
  const sameYear = wall.getUTCFullYear() === new Date(zone.wallSeconds(now) * 1000).getUTCFullYear();
  return plain.t(sameYear ? 'date.dayAndTime' : 'date.dayAndTimeInYear', {
    weekday: plain.t(`date.weekday.${wall.getUTCDay()}` as MessageKey),
    day: wall.getUTCDate(),
    month: plain.t(`date.month.${wall.getUTCMonth()}` as MessageKey),
    year: wall.getUTCFullYear(),
    time: wall.toISOString().slice(11, 16),
  });
}

/** `2 d 4 h` (`2 ימ׳ 4 שע׳`), isolated whole by the sentence it goes into. */
export function lengthOfTime(seconds: number, words: Messages): string {
  const plain = messages(words.lang, { isolate: false });
  return humanDuration(seconds, (count, unit) => plain.t(`duration.part.${unit}`, { count }));
}
