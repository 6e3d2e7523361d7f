import { createRequire } from 'node:module';

/** A wall-clock moment read from a phrase; `hasTime` is false when the phrase named only a day. */
export interface NaturalWhen {
  wallSeconds: number;
  hasTime: boolean;
}

interface ChronoComponents {
  get(component: 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second'): number | null;
  isCertain(component: 'hour'): boolean;
}
interface ChronoResult {
  index: number;
  text: string;
  start: ChronoComponents;
}
interface Chrono {
  parse(text: string, reference: { instant: Date; timezone: number }, options: { forwardDate: boolean }): ChronoResult[];
}

let chrono: Chrono | undefined;

/** Only words make a phrase: numbers alone (`2026-13-01`, `12/1`) are refused, never guessed at. */
export function isPhrase(value: string): boolean {
  return /[a-z]/.test(value);
}

/**
 * "next friday", "last monday 9:00", "friday 17:00", "3 days from now" — through chrono-node's
 * English parser, loaded only when a date is written this way. Everything is computed on the
 * store's wall clock: the reference is now's wall-clock time presented as UTC, so the phrase's
 * fields come back as wall-clock fields.
 */
export function parseNatural(value: string, nowWallSeconds: number, direction: 'future' | 'past'): NaturalWhen | undefined {
  chrono ??= createRequire(import.meta.url)('chrono-node/en') as Chrono;
  // chrono's forwardDate would move "last monday" ahead too: a phrase that says it looks back does.
  const forwardDate = direction === 'future' && !/\b(last|ago|previous)\b/.test(value);
  const [result] = chrono.parse(value, { instant: new Date(nowWallSeconds * 1000), timezone: 0 }, { forwardDate });
  if (!result || result.index !== 0 || result.text.length !== value.length) return undefined;
  const start = result.start;
  const day = Date.UTC(start.get('year')!, start.get('month')! - 1, start.get('day')!) / 1000;
  const hasTime = start.isCertain('hour');
  const clock = hasTime ? (start.get('hour') ?? 0) * 3600 + (start.get('minute') ?? 0) * 60 + (start.get('second') ?? 0) : 0;
  return { wallSeconds: day + clock, hasTime };
}
