import { FieldProblem } from './field-problem.js';
import { plausibleDuration } from './plausible.js';

const CLOCK = /^(?:(\d+):)?(\d{1,2}):(\d{1,2}(?:\.\d+)?)$/;

/** Seconds from `123`, `12.5` or `[H:]MM:SS`; null when empty. Negative or other text is a problem. */
export function parseDuration(text: string | undefined): number | null {
  const value = text?.trim() ?? '';
  if (value === '') return null;
  return plausibleDuration(readDuration(value), value);
}

/** The number a run of at most nine digits writes, or NaN for anything else. */
function wholeSeconds(value: string): number {
  if (value.length > 9) return NaN;
  let seconds = 0;
  for (let i = 0; i < value.length; i++) {
    const digit = value.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return NaN;
    seconds = seconds * 10 + digit;
  }
  return seconds;
}

function readDuration(value: string): number {
  // Most logs write whole seconds: read without a regular expression.
  const whole = wholeSeconds(value);
  if (!Number.isNaN(whole)) return whole;
  const plain = Number(value);
  if (Number.isFinite(plain) && /^[-+]?\d*\.?\d+(?:e[-+]?\d+)?$/i.test(value)) {
    if (plain < 0) throw new FieldProblem(`"${value}" is negative`);
    return plain;
  }
  const clock = CLOCK.exec(value);
  if (clock) {
    const minutes = Number(clock[2]);
    const seconds = Number(clock[3]);
    if (clock[1] !== undefined && minutes >= 60) throw new FieldProblem(`"${value}" is not a duration (minutes over 59)`);
    if (seconds >= 60) throw new FieldProblem(`"${value}" is not a duration (seconds over 59)`);
    return Number(clock[1] ?? 0) * 3600 + minutes * 60 + seconds;
  }
  if (/^-/.test(value)) throw new FieldProblem(`"${value}" is negative`);
  throw new FieldProblem(`"${value}" is not a duration (seconds or [H:]MM:SS)`);
}
