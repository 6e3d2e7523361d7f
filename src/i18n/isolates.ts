/** LRI, RLI, FSI open an isolate; PDI closes the innermost one. */
const OPENERS = new Set(['\u2066', '\u2067', '\u2068']);
const PDI = '\u2069';

/** The isolates still open after `text`, given those open before it (innermost last). */
function openAtEnd(text: string, before: readonly string[] = []): string[] {
  const stack = [...before];
  for (const char of text) {
    if (OPENERS.has(char)) stack.push(char);
    else if (char === PDI) stack.pop();
  }
  return stack;
}

/** Text cut short (to a width, with an ellipsis after it) closes the isolates the cut left open. */
export function closeOpenIsolates(text: string): string {
  return text + PDI.repeat(openAtEnd(text).length);
}

/**
 * Each line closes the isolates still open at its end and the next line reopens them: a terminal
 * lays out every line on its own, so an isolate left open would swallow the rest of the line
 * (and the next line would start outside it).
 */
export function closeIsolatesPerLine(lines: readonly string[]): string[] {
  let open: string[] = [];
  return lines.map((line) => {
    const carried = open.join('');
    open = openAtEnd(line, open);
    return carried + line + PDI.repeat(open.length);
  });
}
