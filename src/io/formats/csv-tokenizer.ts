import type { CsvRecord } from './csv-records.js';

/** A broken quote: the line it is on and what is wrong. */
export class CsvSyntaxError extends Error {
  override name = 'CsvSyntaxError';
  constructor(
    readonly line: number,
    message: string,
    /** Where in the text the record can no longer be read: reading resumes after this line. */
    readonly at: number,
  ) {
    super(message);
  }
}

/**
 * The longest record read, in characters. Call-log rows are a few hundred; a longer one is a
 * broken or hostile file, and holding it whole would exhaust the reader's memory.
 */
export const LONGEST_RECORD_CHARS = 1 << 20;

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Takes a line with no quote in it as its text from `start` to `end` (line break excluded), to
 * read its fields in place; the records before it have been added to the list by then.
 */
export type PlainLine = (text: string, start: number, end: number, line: number) => void;

/** What parseRecord found: a record and where the next one starts, or that the text ends inside it. */
type Parsed = { fields: string[]; next: number; breaksInside: number; blank: boolean } | undefined;

/**
 * RFC 4180 records from text that arrives in pieces: fields separated by one delimiter, quoted
 * with "" for a quote inside, records ended by LF, CRLF or CR, empty lines skipped. Each record
 * comes with the physical line it starts on. A line with no quote in it (nearly every line of a
 * call log) is split natively; the rest are read character by character.
 */
export class CsvTokenizer {
  private pending = '';
  private line = 1;
  private started = false;
  /** Inside a record over the limit: its text is dropped until it ends. */
  private skipping: { line: number; quoted: boolean; breaks: number; lastCr: boolean } | undefined;
  private readonly delimiterCode: number;

  constructor(private readonly delimiter: string) {
    this.delimiterCode = delimiter.charCodeAt(0);
  }

  /**
   * Adds the records completed by this piece of text; an unfinished last record waits for the
   * next piece. With `plain`, lines with no quote go to it instead of becoming records.
   */
  write(text: string, records: CsvRecord[], plain?: PlainLine): void {
    if (!this.started) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (this.skipping) {
      text = this.skip(text, records);
      if (this.skipping) return;
    }
    this.pending = this.pending === '' ? text : this.pending + text;
    this.pending = this.pending.slice(this.parse(this.pending, false, records, plain));
    if (this.pending.length > LONGEST_RECORD_CHARS) {
      const rest = this.pending;
      this.pending = '';
      this.skipping = { line: this.line, quoted: false, breaks: 0, lastCr: false };
      this.write(rest, records, plain);
    }
  }

  /** Adds the last record, which needs no line break after it. */
  end(records: CsvRecord[], plain?: PlainLine): void {
    if (this.skipping) {
      records.push({ line: this.skipping.line, fields: [], tooLong: true });
      this.skipping = undefined;
      return;
    }
    this.parse(this.pending, true, records, plain);
    this.pending = '';
  }

  /** Drops the text of a record over the limit up to its end (a line break outside quotes); returns what follows it. */
  private skip(text: string, records: CsvRecord[]): string {
    const state = this.skipping!;
    for (let at = 0; at < text.length; at++) {
      const code = text.charCodeAt(at);
      if (state.lastCr && code === LF) {
        state.lastCr = false;
        continue;
      }
      state.lastCr = false;
      if (code === QUOTE) state.quoted = !state.quoted;
      else if (code === LF || code === CR) {
        if (state.quoted) {
          state.breaks++;
          state.lastCr = code === CR;
          continue;
        }
        records.push({ line: state.line, fields: [], tooLong: true });
        this.line = state.line + state.breaks + 1;
        this.skipping = undefined;
        const next = code === CR && text.charCodeAt(at + 1) === LF ? at + 2 : at + 1;
        return text.slice(next);
      }
    }
    return '';
  }

  /** Parses whole records from the start of `text`; returns where the unparsed rest begins. */
  private parse(text: string, final: boolean, records: CsvRecord[], plain: PlainLine | undefined): number {
    const length = text.length;
    let at = 0;
    let nextQuote = -1;
    let nextCr = -1;
    while (at < length) {
      let lineEnd = text.indexOf('\n', at);
      if (lineEnd < 0) {
        if (!final) return at;
        lineEnd = length;
      }
      if (nextQuote < at && nextQuote !== Infinity) nextQuote = indexOrInfinity(text, '"', at);
      if (nextCr < at && nextCr !== Infinity) nextCr = indexOrInfinity(text, '\r', at);
      if (nextQuote > lineEnd && (nextCr >= lineEnd || nextCr === lineEnd - 1)) {
        const contentEnd = nextCr === lineEnd - 1 ? lineEnd - 1 : lineEnd;
        if (contentEnd - at > LONGEST_RECORD_CHARS) records.push({ line: this.line, fields: [], tooLong: true });
        else if (contentEnd > at) {
          if (plain) plain(text, at, contentEnd, this.line);
          else records.push({ line: this.line, fields: text.slice(at, contentEnd).split(this.delimiter) });
        }
        this.line++;
        at = lineEnd + 1;
        continue;
      }
      let parsed: Parsed;
      try {
        parsed = this.parseRecord(text, at, final);
      } catch (error) {
        if (!(error instanceof CsvSyntaxError)) throw error;
        const next = this.malformed(text, at, final, error, records);
        if (next < 0) return at;
        at = next;
        continue;
      }
      if (!parsed) return at;
      if (parsed.next - at > LONGEST_RECORD_CHARS) records.push({ line: this.line, fields: [], tooLong: true });
      else if (!parsed.blank) records.push({ line: this.line, fields: parsed.fields });
      this.line += 1 + parsed.breaksInside;
      at = parsed.next;
    }
    return Math.min(at, length);
  }

  /**
   * A record that is not valid CSV is passed on with its problem, its text up to the end of
   * the line where the problem is, and reading goes on from the next line; -1 while that line
   * has not all arrived.
   */
  private malformed(text: string, start: number, final: boolean, error: CsvSyntaxError, records: CsvRecord[]): number {
    const lineEnd = text.indexOf('\n', error.at);
    if (lineEnd < 0 && !final) return -1;
    const next = lineEnd < 0 ? text.length : lineEnd + 1;
    const raw = text.slice(start, next).replace(/\r?\n$/, '');
    records.push({ line: this.line, fields: [raw], problem: error.line === this.line ? error.message : `line ${error.line}: ${error.message}` });
    this.line += 1 + lineBreaks(raw);
    return next;
  }

  /** One record character by character, quotes and all; undefined when the text ends before it does. */
  private parseRecord(text: string, start: number, final: boolean): Parsed {
    const length = text.length;
    const fields: string[] = [];
    let breaksInside = 0;
    let quoted = false;
    let at = start;
    for (;;) {
      let code: number;
      if (text.charCodeAt(at) === QUOTE) {
        quoted = true;
        let value = '';
        let from = at + 1;
        for (;;) {
          const close = text.indexOf('"', from);
          if (close < 0 || (close + 1 >= length && !final)) {
            if (final) throw new CsvSyntaxError(this.line, `a quote opened on this line is never closed`, at);
            return undefined;
          }
          if (text.charCodeAt(close + 1) === QUOTE) {
            value += text.slice(from, close + 1);
            from = close + 2;
            continue;
          }
          value += text.slice(from, close);
          at = close + 1;
          break;
        }
        breaksInside += lineBreaks(value);
        fields.push(value);
        if (at >= length) return { fields, next: at, breaksInside, blank: false };
        code = text.charCodeAt(at);
        if (code !== this.delimiterCode && code !== LF && code !== CR) {
          throw new CsvSyntaxError(this.line + breaksInside, `"${text[at]}" right after a closing quote (expected the delimiter or the end of the line)`, at);
        }
      } else {
        let end = at;
        while (end < length) {
          code = text.charCodeAt(end);
          if (code === this.delimiterCode || code === LF || code === CR) break;
          if (code === QUOTE) throw new CsvSyntaxError(this.line + breaksInside, `a quote inside the unquoted field "${text.slice(at, end)}…"`, end);
          end++;
        }
        fields.push(text.slice(at, end));
        at = end;
        if (at >= length) {
          if (!final) return undefined;
          return { fields, next: at, breaksInside, blank: !quoted && fields.length === 1 && fields[0] === '' };
        }
        code = text.charCodeAt(at);
      }
      if (code === this.delimiterCode) {
        at++;
        continue;
      }
      // The record ends here, with LF, CRLF or a lone CR.
      let next = at + 1;
      if (code === CR) {
        if (next >= length && !final) return undefined;
        if (text.charCodeAt(next) === LF) next++;
      }
      return { fields, next, breaksInside, blank: !quoted && fields.length === 1 && fields[0] === '' };
    }
  }
}

function indexOrInfinity(text: string, search: string, from: number): number {
  const found = text.indexOf(search, from);
  return found < 0 ? Infinity : found;
}

/** Physical line breaks in a quoted value: LF, CRLF and a lone CR each count once. */
function lineBreaks(value: string): number {
  if (value.indexOf('\n') < 0 && value.indexOf('\r') < 0) return 0;
  let count = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === LF) count++;
    else if (code === CR && value.charCodeAt(i + 1) !== LF) count++;
  }
  return count;
}
