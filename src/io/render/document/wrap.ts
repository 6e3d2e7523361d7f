import stringWidth from 'string-width';
import { closeIsolatesPerLine, closeOpenIsolates } from '../../../i18n/isolates.js';

/** Bidi marks and isolates (LRM, RLM, LRI … PDI) steer the layout of Hebrew lines and take no column. */
const BIDI_CONTROLS = /[\u200e\u200f\u2066-\u2069]/g;

/**
 * One column per character: printable ASCII, and the dashes, quotes and ellipsis of General
 * Punctuation (U+2010–U+2027, none of them wide, combining or an emoji). string-width's first
 * call compiles its emoji pattern, 2–10 ms of a start, which a label such as "CSAT 4–5" paid.
 */
const ONE_COLUMN_EACH = /^[\x20-\x7e\u2010-\u2027]*$/;

/** Columns a text takes on a terminal (wide characters count two, colour codes and bidi controls none). */
export function displayWidth(text: string): number {
  return ONE_COLUMN_EACH.test(text) ? text.length : stringWidth(text.replace(BIDI_CONTROLS, ''));
}

/**
 * Greedy word wrap: lines never broken inside a word; a word longer than the line stays whole.
 * `later` is the width of the lines after the first (a hanging indent leaves them less).
 */
export function wrapWords(text: string, width: number, later = width): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && displayWidth(candidate) > (lines.length === 0 ? width : later)) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return closeIsolatesPerLine(lines);
}

/** A cell cut to `width`: wrapped at words, and a word longer than the column cut with an ellipsis. */
export function fitCell(text: string, width: number): string[] {
  return wrapWords(text, width).map((line) => {
    if (displayWidth(line) <= width) return line;
    // The cut may fall inside an isolate: close what it left open, before the ellipsis.
    return `${closeOpenIsolates([...line].slice(0, Math.max(1, width - 1)).join(''))}…`;
  });
}
