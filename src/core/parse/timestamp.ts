import type { Zone } from '../time/zone.js';
import { FieldProblem } from './field-problem.js';
import { plausibleInstant } from './plausible.js';

/** How to read a numeric date whose day and month could be swapped. */
export type DateOrder = 'dmy' | 'mdy' | 'ymd';
export const DATE_ORDERS: readonly DateOrder[] = ['dmy', 'mdy', 'ymd'];

// 2026-11-22, 2026/11/22 or 2026.11.22, then an optional time, AM/PM and offset.
const YEAR_FIRST = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:\s*([AP]M))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
// 22/11/2026 or 11/22/2026 (also with - or .), two- or four-digit year, optional time and AM/PM.
const NUMERIC = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*([AP]M)?)?$/i;
const EPOCH = /^\d{9,10}(?:\.\d+)?$/;

/** The first and second numbers of a day-first or month-first date, for guessing the order. */
export function numericDateParts(text: string): [number, number] | undefined {
  const match = NUMERIC.exec(text.trim());
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

/**
 * Unix seconds of a timestamp. ISO forms with an offset are exact; without one, and numeric
 * day-first/month-first forms, are wall-clock times in `zone`. Ten-digit numbers are epoch seconds.
 */
export function parseTimestamp(text: string, zone: Zone, order: DateOrder): number {
  const value = text.trim();
  return plausibleInstant(readTimestamp(value, zone, order), value);
}

const DIGIT_0 = 48;

/** The number written by the two digits at `at`, or NaN. */
function twoDigits(value: string, at: number): number {
  const tens = value.charCodeAt(at) - DIGIT_0;
  const units = value.charCodeAt(at + 1) - DIGIT_0;
  return tens >= 0 && tens <= 9 && units >= 0 && units <= 9 ? tens * 10 + units : NaN;
}

/**
 * `YYYY-MM-DD HH:MM:SS` (or with `T`, without seconds, or ending in `Z`), the shape nearly every
 * call log writes, read without a regular expression from `text` between `start` and `end`
 * (so a row's field needs no string of its own): the instant, or NaN for any other shape,
 * which the general reading then handles (and words its problems).
 */
export function commonIsoInstant(text: string, start: number, end: number, zone: Zone): number {
  const length = end - start;
  const utc = text.charCodeAt(end - 1) === 90; // Z
  const bare = utc ? length - 1 : length;
  if (bare !== 19 && bare !== 16) return NaN;
  const separator = text.charCodeAt(start + 10);
  if (text.charCodeAt(start + 4) !== 45 || text.charCodeAt(start + 7) !== 45 || (separator !== 32 && separator !== 84) || text.charCodeAt(start + 13) !== 58) return NaN;
  if (bare === 19 && text.charCodeAt(start + 16) !== 58) return NaN;
  const year = twoDigits(text, start) * 100 + twoDigits(text, start + 2);
  const month = twoDigits(text, start + 5);
  const day = twoDigits(text, start + 8);
  const hour = twoDigits(text, start + 11);
  const minute = twoDigits(text, start + 14);
  const second = bare === 19 ? twoDigits(text, start + 17) : 0;
  // NaN fails every comparison, so a non-digit anywhere leaves the value to the general reading.
  if (!(month >= 1 && month <= 12 && day >= 1 && hour <= 23 && minute <= 59 && second <= 59 && year >= 0)) return NaN;
  const wallMs = Date.UTC(year, month - 1, day, hour, minute, second);
  // A day past its month's end rolls into the next month; the general reading words it.
  if (day > 28 && new Date(wallMs).getUTCDate() !== day) return NaN;
  const wall = wallMs / 1000;
  return utc ? wall : zone.utcFromWall(wall);
}

function readTimestamp(value: string, zone: Zone, order: DateOrder): number {
  if (value === '') throw new FieldProblem('is empty');
  const common = commonIsoInstant(value, 0, value.length, zone);
  if (!Number.isNaN(common)) return common;
  if (EPOCH.test(value)) return Math.floor(Number(value));
  let year: number;
  let month: number;
  let day: number;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let offset: string | undefined;
  const iso = YEAR_FIRST.exec(value);
  const numeric = iso ? undefined : NUMERIC.exec(value);
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    hour = Number(iso[4] ?? 0);
    minute = Number(iso[5] ?? 0);
    second = Number(iso[6] ?? 0);
    hour = twentyFourHour(hour, iso[8], value);
    offset = iso[9];
  } else if (numeric) {
    const first = Number(numeric[1]);
    const secondPart = Number(numeric[2]);
    if (order === 'ymd') {
      // 26/11/02: a two-digit year first.
      [year, month, day] = [first + 2000, secondPart, Number(numeric[3])];
    } else {
      [day, month] = order === 'mdy' ? [secondPart, first] : [first, secondPart];
      year = Number(numeric[3]);
      if (numeric[3]?.length === 2) year += 2000;
    }
    hour = Number(numeric[4] ?? 0);
    minute = Number(numeric[5] ?? 0);
    second = Number(numeric[6] ?? 0);
    hour = twentyFourHour(hour, numeric[8], value);
    if (month > 12 && day <= 12 && order !== 'ymd') {
      const [read, other] = order === 'dmy' ? ['day-first', 'mdy'] : ['month-first', 'dmy'];
      throw new FieldProblem(`"${value}" is not a valid date read ${read}; if the file's dates are ${other === 'mdy' ? 'month-first' : 'day-first'}, use --date-format ${other}`);
    }
  } else {
    throw new FieldProblem(`"${value}" is not a date and time (YYYY-MM-DD HH:MM:SS or DD/MM/YYYY HH:MM)`);
  }
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) {
    throw new FieldProblem(`"${value}" is not a valid date and time`);
  }
  const wallMs = Date.UTC(year, month - 1, day, hour, minute, second);
  if (new Date(wallMs).getUTCDate() !== day) throw new FieldProblem(`"${value}" is not a valid date`);
  const wall = wallMs / 1000;
  if (offset === undefined) return zone.utcFromWall(wall);
  if (offset.toUpperCase() === 'Z') return wall;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  return wall - sign * (Number(digits.slice(0, 2)) * 3600 + Number(digits.slice(2) || 0) * 60);
}

/**
 * The order of numeric dates in a sample: certain when some first number is over 12 (day first)
 * or some second number is (month first); otherwise undecided.
 */
export function inferDateOrder(samples: Iterable<string>): { order: 'dmy' | 'mdy'; certain: boolean; example?: string } {
  let example: string | undefined;
  for (const text of samples) {
    const parts = numericDateParts(text);
    if (!parts) continue;
    example ??= text.trim();
    if (parts[0] > 12) return { order: 'dmy', certain: true };
    if (parts[1] > 12) return { order: 'mdy', certain: true };
  }
  return { order: 'dmy', certain: example === undefined, example };
}

/** 9 PM → 21; a 12-hour clock reading without AM/PM is already 24-hour. */
function twentyFourHour(hour: number, meridiem: string | undefined, value: string): number {
  if (meridiem === undefined) return hour;
  const half = meridiem.toUpperCase();
  if (hour < 1 || hour > 12) throw new FieldProblem(`"${value}" has hour ${hour} with ${half}`);
  return (hour % 12) + (half === 'PM' ? 12 : 0);
}
