import type { Zone } from '../../core/time/zone.js';
import { FieldProblem } from '../../core/parse/field-problem.js';
import { parseTimestamp } from '../../core/parse/timestamp.js';

/** A CDR field that cannot be read; the row is rejected with it. */
export class LegError extends Error {
  constructor(
    readonly field: string,
    reason: string,
  ) {
    super(reason);
  }
}

export interface LegTimes {
  startAt: number;
  endAt: number | null;
  durationS: number;
  billsecS: number;
  waitS: number;
}

export interface LegColumns {
  start: string;
  answer: string;
  end: string;
  duration: string;
  billsec: string;
}

/**
 * The times of one CDR row. The wait is answer − start; without an answer time it is
 * duration − billsec, which the phone system counted to the second. `fromCounts` (for files
 * whose times lost their seconds) takes the wait and the end from the counts alone.
 */
export function legFields(value: (column: string) => string, zone: Zone, columns: LegColumns, fromCounts = false): LegTimes {
  const startAt = instant(value, columns.start, zone);
  if (startAt === null) throw new LegError(columns.start, 'empty');
  const answerAt = instant(value, columns.answer, zone);
  const endAt = instant(value, columns.end, zone);
  const billsecS = legBillsec(value, columns.billsec, answerAt, endAt);
  const durationS = legDuration(value, columns.duration, startAt, answerAt, endAt, billsecS);
  if (fromCounts) return { startAt, endAt: startAt + durationS, durationS, billsecS, waitS: Math.max(0, durationS - billsecS) };
  const waitS = answerAt !== null ? answerAt - startAt : durationS - billsecS;
  return { startAt, endAt, durationS, billsecS, waitS: Math.max(0, waitS) };
}

function instant(value: (column: string) => string, column: string, zone: Zone): number | null {
  const text = value(column);
  // FreeSWITCH writes 0 as the epoch of what did not happen.
  if (text === '' || text === '0') return null;
  try {
    // Year first (2017-06-27 09:27:15, 2020/2/10 22:41 as a spreadsheet re-saves it) or epoch seconds.
    return parseTimestamp(text, zone, 'ymd');
  } catch (error) {
    if (error instanceof FieldProblem) throw new LegError(column, error.message);
    throw error;
  }
}

/** The billsec column; without one, an unanswered leg talked 0 s and an answered one from answer to end. */
function legBillsec(value: (column: string) => string, column: string, answerAt: number | null, endAt: number | null): number {
  if (value(column) !== '') return seconds(value, column);
  if (answerAt === null) return 0;
  if (endAt !== null) return endAt - answerAt;
  return seconds(value, column);
}

/** The duration column; without one (some web exports), the end or the answer and the talk give it. */
function legDuration(value: (column: string) => string, column: string, startAt: number, answerAt: number | null, endAt: number | null, billsecS: number): number {
  if (value(column) !== '') return seconds(value, column);
  if (endAt !== null) return endAt - startAt;
  if (answerAt !== null) return answerAt - startAt + billsecS;
  throw new LegError(column, 'empty, and the leg has no end time to take it from');
}

/** Whole seconds, or `[H:]MM:SS` as web interfaces write talk times. */
function seconds(value: (column: string) => string, column: string): number {
  const text = value(column);
  if (/^\d+$/.test(text)) return Number(text);
  const clock = /^(?:(\d+):)?([0-5]?\d):([0-5]\d)$/.exec(text);
  if (clock) return Number(clock[1] ?? 0) * 3600 + Number(clock[2]) * 60 + Number(clock[3]);
  throw new LegError(column, `"${text}" is not a whole number of seconds`);
}
