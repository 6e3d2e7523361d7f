import stringWidth from 'string-width';

/** Bidi marks and isolates (LRM, RLM, LRI … PDI) steer the layout of Hebrew lines and take no column. */
const BIDI_CONTROLS = /[\u200e\u200f\u2066-\u2069]/g;

/** LRI, RLI, FSI open an isolate; PDI closes the innermost one. */
const OPENERS = new Set(['\u2066', '\u2067', '\u2068']);
const PDI = '\u2069';

/** Columns a text takes on a terminal (wide characters count two, colour codes and bidi controls none). */
export function displayWidth(text: string): number {
  return /^[\x20-\x7e]*$/.test(text) ? text.length : stringWidth(text.replace(BIDI_CONTROLS, ''));
}

/**
 * Each line closes the isolates still open at its end and the next line reopens them: a terminal
 * lays out every line on its own, so an isolate left open would swallow the rest of the line
 * (and the next line would start outside it).
 */
export function closeIsolatesPerLine(lines: string[]): string[] {
  let open: string[] = [];
  return lines.map((line) => {
    const carried = open.join('');
    open = openAtEnd(line, open);
    return carried + line + PDI.repeat(open.length);
  });
}

/** The isolates still open after `line`, given those open before it (innermost last). */
function openAtEnd(line: string, before: readonly string[]): string[] {
  const stack = [...before];
  for (const char of line) {
    if (OPENERS.has(char)) stack.push(char);
    else if (char === PDI) stack.pop();
  }
  return stack;
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
    const cut = [...line].slice(0, Math.max(1, width - 1)).join('');
    return `${cut}${PDI.repeat(openAtEnd(cut, []).length)}…`;
  });
}
