import type { Readable } from 'node:stream';
import { SaxesParser } from 'saxes';

/** A workbook part that is not what it should be: bad XML, or a zip entry that does not inflate. */
export class UnreadablePart extends Error {
  constructor(part: string, reason: string) {
    super(`${part}: ${reason}`);
  }
}

export interface XmlHandlers {
  /** Names come without their namespace prefix: some writers prefix every element (`x:row`). */
  open(name: string, attributes: Record<string, string>): void;
  text?(text: string): void;
  close?(name: string): void;
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** An attribute by its local name, whatever prefix the writer gave it (`r:id`). */
export function attribute(attributes: Record<string, string>, name: string): string | undefined {
  if (name in attributes) return attributes[name];
  for (const key in attributes) if (localName(key) === name) return attributes[key];
  return undefined;
}

/** Parses a part chunk by chunk, yielding after each chunk so the caller can pass on what it has so far. */
export async function* xmlChunks(part: string, stream: Readable, handlers: XmlHandlers): AsyncGenerator<void> {
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => handlers.open(localName(tag.name), tag.attributes as Record<string, string>));
  const { text, close } = handlers;
  if (text) {
    parser.on('text', text);
    parser.on('cdata', text);
  }
  if (close) parser.on('closetag', (tag) => close(localName(tag.name)));
  parser.on('error', (error) => {
    throw new UnreadablePart(part, error.message);
  });
  stream.setEncoding('utf8');
  const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<string>;
  try {
    for (;;) {
      let next: IteratorResult<string>;
      try {
        next = await chunks.next();
      } catch (error) {
        // The zip layer's errors (a bad checksum, a truncated entry) say what is wrong with the file.
        throw new UnreadablePart(part, (error as Error).message);
      }
      if (next.done) break;
      parser.write(next.value);
      yield;
    }
    parser.close();
  } finally {
    stream.destroy();
  }
}

export async function parseXml(part: string, stream: Readable, handlers: XmlHandlers): Promise<void> {
  for await (const _ of xmlChunks(part, stream, handlers));
}
