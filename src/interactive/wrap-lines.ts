import { wrapWords } from '../io/render/document/wrap.js';

/**
 * What a session says, wrapped at words to the terminal's width: each line keeps its indent (and
 * a list item's "- "), its continuation lines hang under its text, and an isolate open at a break
 * is closed and reopened, so a long Hebrew finding is never cut inside a word by the terminal.
 */
export function wrapLines(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const lead = /^\s*(?:- )?/.exec(line)![0];
      const body = line.slice(lead.length);
      if (body === '') return line;
      const hang = ' '.repeat(lead.length);
      return wrapWords(body, Math.max(10, width - lead.length))
        .map((part, index) => (index === 0 ? lead : hang) + part)
        .join('\n');
    })
    .join('\n');
}
