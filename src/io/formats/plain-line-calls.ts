import type { CallPacker } from '../../core/import/call-packer.js';
import { LONGEST_DURATION_S, EARLIEST_S, latestSeconds } from '../../core/parse/plausible.js';
import { commonIsoInstant } from '../../core/parse/timestamp.js';
import type { Zone } from '../../core/time/zone.js';
import type { ColumnMap } from './generic-columns.js';
import { outcomeFromWord, yesNo } from './outcome-words.js';

const DIGIT_0 = 48;
const MOST_DURATION_DIGITS = 9;

/**
 * Reads a quote-free line of a generic call log straight from the file's text into a packer:
 * numbers and times from the characters themselves, a string only for each text that is stored.
 * It takes only the shapes nearly every log writes (times as `YYYY-MM-DD HH:MM:SS`, whole
 * seconds, one-word outcomes, a call id); for anything else it reads nothing and says so, and
 * the row goes to GenericRowReader, which reads every shape and words every problem.
 */
export class PlainLineCalls {
  /** Where each field starts; the field ends one before the next one's start. */
  private readonly starts: Int32Array;
  private readonly fieldCount: number;
  private latest = latestSeconds();

  constructor(
    private readonly columns: ColumnMap,
    fieldCount: number,
    private readonly delimiterCode: number,
    private readonly zone: Zone,
  ) {
    this.fieldCount = fieldCount;
    this.starts = new Int32Array(fieldCount + 1);
  }

  /** Looks again at today's date, which bounds the plausible times (once per piece of text, not per row). */
  refreshToday(): void {
    this.latest = latestSeconds();
  }

  /** The call id of the line read into the packer; undefined (the packer left as it was) when the line is not read. */
  read(text: string, start: number, end: number, packer: CallPacker): string | undefined {
    if (!this.split(text, start, end)) return undefined;
    const c = this.columns;
    const callId = this.text(text, c.call_id);
    if (callId === null) return undefined;
    if (c.arrival === undefined) return undefined;
    const arrivalAt = this.instant(text, c.arrival);
    if (!(arrivalAt >= EARLIEST_S)) return undefined;
    const answerAt = c.answer_time === undefined ? NaN : this.optionalInstant(text, c.answer_time);
    const endAt = c.end_time === undefined ? NaN : this.optionalInstant(text, c.end_time);
    // Undefined: a value GenericRowReader reads or refuses.
    if (answerAt === undefined || endAt === undefined) return undefined;
    if (answerAt < arrivalAt || endAt < (answerAt === answerAt ? answerAt : arrivalAt)) return undefined;
    const wait = this.duration(text, c.wait);
    const talk = this.duration(text, c.talk);
    const hold = this.duration(text, c.hold);
    const wrap = this.duration(text, c.wrap);
    if (wait === undefined || talk === undefined || hold === undefined || wrap === undefined) return undefined;
    const waitS = wait === wait || answerAt !== answerAt ? wait : answerAt - arrivalAt;
    const talkS = talk === talk || answerAt !== answerAt || endAt !== endAt ? talk : endAt - answerAt;
    const ending = this.text(text, c.outcome);
    let answered: boolean | null | undefined;
    if (c.outcome !== undefined && ending !== null) {
      const outcome = outcomeFromWord(ending);
      if (outcome === undefined) return undefined;
      answered = outcome === 'answered';
    } else {
      answered = this.flag(text, c.answered);
      if (answered === null) {
        if (answerAt === answerAt) answered = true;
        else if (c.outcome !== undefined || c.answered !== undefined) return undefined;
        else answered = talkS === talkS && talkS > 0;
      }
      if (answered === undefined) return undefined;
    }
    const resolved = this.flag(text, c.resolved);
    if (resolved === undefined) return undefined;
    const csat = this.csat(text, c.csat);
    if (csat === undefined) return undefined;
    packer.push(
      callId,
      this.text(text, c.queue),
      this.text(text, c.agent),
      this.text(text, c.customer),
      ending,
      arrivalAt,
      answerAt,
      endAt,
      waitS,
      talkS,
      hold,
      wrap,
      answered,
      resolved === null ? NaN : resolved ? 1 : 0,
      csat,
    );
    return callId;
  }

  /** Finds the fields' starts; false when the line has another number of fields than the header. */
  private split(text: string, start: number, end: number): boolean {
    const starts = this.starts;
    const delimiter = this.delimiterCode;
    let field = 0;
    starts[0] = start;
    for (let at = start; at < end; at++) {
      if (text.charCodeAt(at) === delimiter) {
        if (++field === this.fieldCount) return false;
        starts[field] = at + 1;
      }
    }
    if (field + 1 !== this.fieldCount) return false;
    starts[this.fieldCount] = end + 1;
    return true;
  }

  private fieldEnd(index: number): number {
    return this.starts[index + 1]! - 1;
  }

  /** A text field trimmed, null when empty or absent. */
  private text(text: string, index: number | undefined): string | null {
    if (index === undefined) return null;
    const start = this.starts[index]!;
    const end = this.fieldEnd(index);
    if (start === end) return null;
    const value = text.slice(start, end);
    // Only a field that may begin or end in white space (any below `!` or past ASCII) is trimmed.
    if (mayBeSpace(text.charCodeAt(start)) || mayBeSpace(text.charCodeAt(end - 1))) {
      const trimmed = value.trim();
      return trimmed === '' ? null : trimmed;
    }
    return value;
  }

  /** The instant of a common ISO time within the plausible range, or NaN. */
  private instant(text: string, index: number): number {
    const at = commonIsoInstant(text, this.starts[index]!, this.fieldEnd(index), this.zone);
    return at >= EARLIEST_S && at <= this.latest ? at : NaN;
  }

  /** NaN when empty, undefined when not a plausible common ISO time. */
  private optionalInstant(text: string, index: number): number | undefined {
    if (this.starts[index] === this.fieldEnd(index)) return NaN;
    const at = this.instant(text, index);
    return at === at ? at : undefined;
  }

  /** Whole seconds up to a day; NaN when empty or absent, undefined for any other text. */
  private duration(text: string, index: number | undefined): number | undefined {
    if (index === undefined) return NaN;
    const start = this.starts[index]!;
    const end = this.fieldEnd(index);
    if (start === end) return NaN;
    if (end - start > MOST_DURATION_DIGITS) return undefined;
    let seconds = 0;
    for (let at = start; at < end; at++) {
      const digit = text.charCodeAt(at) - DIGIT_0;
      if (digit < 0 || digit > 9) return undefined;
      seconds = seconds * 10 + digit;
    }
    return seconds > LONGEST_DURATION_S ? undefined : seconds;
  }

  /** true or false; null when empty or absent; undefined when not a yes/no word. */
  private flag(text: string, index: number | undefined): boolean | null | undefined {
    if (index === undefined) return null;
    const start = this.starts[index]!;
    const end = this.fieldEnd(index);
    if (start === end) return null;
    // A one-character string is V8's own, made once: Y, N, 1, 0 cost no new string.
    const value = end - start === 1 ? text.charAt(start) : this.text(text, index);
    return value === null ? null : yesNo(value);
  }

  /** 1–5; NaN when empty or absent; undefined for any other text. */
  private csat(text: string, index: number | undefined): number | undefined {
    if (index === undefined) return NaN;
    const start = this.starts[index]!;
    const end = this.fieldEnd(index);
    if (start === end) return NaN;
    const score = text.charCodeAt(start) - DIGIT_0;
    return end - start === 1 && score >= 1 && score <= 5 ? score : undefined;
  }
}

function mayBeSpace(code: number): boolean {
  return code <= 32 || code >= 127;
}
