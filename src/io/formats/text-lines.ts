import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';

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

/** The first line of a text stream, and the whole stream still to read (the first line included). */
export async function peekFirstLine(text: Readable): Promise<{ firstLine: string; text: Readable }> {
  const chunks = text[Symbol.asyncIterator]() as AsyncIterator<string | Buffer>;
  const head: (string | Buffer)[] = [];
  let seen = '';
  while (!seen.includes('\n')) {
    const next = await chunks.next();
    if (next.done) break;
    head.push(next.value);
    seen += next.value.toString();
  }
  async function* replay() {
    yield* head;
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value;
  }
  return { firstLine: seen.replace(/^\ufeff/, '').split(/\r?\n/, 1)[0] ?? '', text: Readable.from(replay(), { objectMode: false }) };
}
