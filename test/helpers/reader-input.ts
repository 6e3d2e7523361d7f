import { createReadStream, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { Zone } from '../../src/core/time/zone.js';
import { unpackCalls } from './unpack-calls.js';
import type { Carry, FormatInput, FormatReader, ReadItem, ReaderOptions } from '../../src/io/formats/reader.js';

/** A reader's input over a string, as the import would hand it over after decoding. */
export function textInput(text: string): FormatInput {
  return { path: null, text: () => Readable.from([text]), bytes: () => Readable.from([Buffer.from(text)]) };
}

/** A reader's input over a real file (UTF-8). */
export function fileInput(path: string): FormatInput {
  return { path, text: () => createReadStream(path, { encoding: 'utf8' }), bytes: () => createReadStream(path) };
}

export function memoryCarry(initial: Record<string, string> = {}): Carry & { entries: Map<string, string> } {
  const entries = new Map(Object.entries(initial));
  return {
    entries,
    get: (key) => entries.get(key),
    set: (key, value) => void entries.set(key, value),
    delete: (key) => void entries.delete(key),
    keys: () => [...entries.keys()],
  };
}

export function readerOptions(overrides: Partial<ReaderOptions> = {}): ReaderOptions & { notices: string[] } {
  const notices: string[] = [];
  return { label: 'test', zone: new Zone('UTC'), map: {}, carry: memoryCarry(), notice: (message) => notices.push(message), notices, ...overrides };
}

/** Every item the reader yields, batches flattened. */
export async function readAll(reader: FormatReader, input: FormatInput, options: ReaderOptions = readerOptions()): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  for await (const batch of reader.read(input, options)) items.push(...batch);
  return items;
}

export function callsOf(items: ReadItem[]) {
  return items.flatMap((item) => (item.kind === 'call' ? [item.call] : item.kind === 'calls' ? unpackCalls(item.calls) : []));
}

export function fileText(path: string): string {
  return readFileSync(path, 'utf8');
}
