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
  const billsecS = seconds(value, columns.billsec);
  const durationText = value(columns.duration);
  const durationS = durationText === '' && endAt !== null ? endAt - startAt : seconds(value, columns.duration);
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

function seconds(value: (column: string) => string, column: string): number {
  const text = value(column);
  if (!/^\d+$/.test(text)) throw new LegError(column, `"${text}" is not a whole number of seconds`);
  return Number(text);
}
