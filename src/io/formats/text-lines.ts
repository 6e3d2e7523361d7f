import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

export interface TextLine {
  /** 1-based physical line number. */
  line: number;
  text: string;
}

/** The lines of a decoded text stream, CRLF or LF, with their numbers; memory stays flat. */
export async function* textLines(text: Readable): AsyncIterable<TextLine> {
  const lines = createInterface({ input: text, crlfDelay: Infinity });
  let line = 0;
  for await (const content of lines) {
    line += 1;
    yield { line, text: content };
  }
}
