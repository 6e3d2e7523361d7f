import { FieldProblem } from './field-problem.js';

/** No call log svc reads is older than this: earlier times are typos or broken clocks. */
export const EARLIEST_CALL_YEAR = 1990;
/** Times further ahead than this are typos too (a scheduled call-back may be a little ahead). */
export const LATEST_CALL_YEARS_AHEAD = 10;
/** No wait, talk, hold or wrap-up lasts longer than a day: more is a unit mistake or a broken clock. */
export const LONGEST_DURATION_S = 24 * 3600;

/** The earliest plausible instant, in Unix seconds. */
export const EARLIEST_S = Date.UTC(EARLIEST_CALL_YEAR, 0, 1) / 1000;

const DAY_MS = 86_400_000;
/** The latest plausible instant depends on today's date alone: worked out once a day, not once a call. */
let latest = { day: NaN, seconds: NaN };

/** The latest plausible instant, in Unix seconds. */
export function latestSeconds(): number {
  const nowMs = Date.now();
  const day = Math.floor(nowMs / DAY_MS);
  if (day !== latest.day) {
    const now = new Date(nowMs);
    latest = { day, seconds: Date.UTC(now.getUTCFullYear() + LATEST_CALL_YEARS_AHEAD, now.getUTCMonth(), now.getUTCDate()) / 1000 };
  }
  return latest.seconds;
}

/** Unix seconds, refused outside 1990-01-01 … ten years from today. */
export function plausibleInstant(seconds: number, written: string): number {
  if (!Number.isFinite(seconds) || seconds < EARLIEST_S || seconds > latestSeconds()) {
    throw new FieldProblem(`"${written}" is outside the plausible range (${EARLIEST_CALL_YEAR} to ${LATEST_CALL_YEARS_AHEAD} years from today)`);
  }
  return seconds;
}

/** Seconds, refused above a day. */
export function plausibleDuration(seconds: number, written: string): number {
  if (seconds > LONGEST_DURATION_S) throw new FieldProblem(`"${written}" is longer than the longest plausible duration (24 hours)`);
  return seconds;
}
