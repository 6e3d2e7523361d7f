import { createHash } from 'node:crypto';
import { createReadStream, openSync, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { UserError } from '../errors.js';
import type { FormatInput } from './formats/reader.js';

const SAMPLE_BYTES = 64 * 1024;

export interface OpenedInput extends FormatInput {
  /** Size in bytes when known (a file), for progress. */
  size: number | undefined;
  /** The first bytes decoded leniently, for format detection. */
  sample: string;
  /** True when the first bytes hold NUL bytes: not text. */
  binary: boolean;
  empty: boolean;
  bytesRead(): number;
  /** Lets go of the file without reading the rest (when another thread reads it). */
  close(): void;
  /** sha256 of every byte read so far (all of them once the reader is done). */
  digest(): string;
}

/**
 * Opens a file (or standard input for `-`) once: its first bytes are kept for detection and
 * replayed to the reader, so standard input works as well as a file.
 */
export async function openInput(path: string, stdin: Readable, encoding: string | undefined, label = path): Promise<OpenedInput> {
  if (encoding !== undefined && !iconv.encodingExists(encoding)) {
    throw new UserError(`unknown encoding "${encoding}"`, 'for example utf-8, windows-1255, iso-8859-8, latin1, utf-16le');
  }
  let size: number | undefined;
  let source: Readable;
  if (path === '-') {
    source = stdin;
  } else {
    let fd: number;
    try {
      const stat = statSync(path);
      if (stat.isDirectory()) throw new UserError(`${label} is a folder, not a file`);
      // A pipe or a device has no size to show progress against.
      size = stat.isFile() ? stat.size : undefined;
      fd = openSync(path, 'r');
    } catch (error) {
      if (error instanceof UserError) throw error;
      throw new UserError(`cannot read ${label}: ${readProblem(error as NodeJS.ErrnoException)}`);
    }
    // Reads of 64 KiB, node's own size: reads of 1 MiB left about 37 MB more of a million-call
    // import's peak memory in the reading thread's allocator, for no gain in time.
    source = createReadStream(path, { fd, highWaterMark: 1 << 16 });
  }
  const hash = createHash('sha256');
  let read = 0;
  const chunks = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const head: Buffer[] = [];
  let headLength = 0;
  let ended = false;
  while (headLength < SAMPLE_BYTES) {
    const next = await chunks.next();
    if (next.done) {
      ended = true;
      break;
    }
    const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
    head.push(chunk);
    headLength += chunk.length;
  }
  const headBytes = Buffer.concat(head);
  // Checked before detection: Hebrew column names in windows-1255 would otherwise only look unknown.
  if ((encoding === undefined || /^utf-?8$/i.test(encoding)) && !looksBinary(headBytes, encoding)) assertUtf8(headBytes, label);
  let consumed = false;
  async function* bytes(): AsyncGenerator<Buffer> {
    if (consumed) throw new Error('an input is read once');
    consumed = true;
    hash.update(headBytes);
    read += headBytes.length;
    yield headBytes;
    if (ended) return;
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
      const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
      hash.update(chunk);
      read += chunk.length;
      yield chunk;
    }
  }
  const sampleEncoding = encoding ?? 'utf-8';
  return {
    path: path === '-' ? null : path,
    size,
    sample: iconv.decode(headBytes.subarray(0, SAMPLE_BYTES), sampleEncoding),
    binary: looksBinary(headBytes, encoding),
    empty: headBytes.length === 0,
    bytesRead: () => read,
    close: () => {
      if (path !== '-') source.destroy();
    },
    digest: () => hash.digest('hex'),
    bytes: () => Readable.from(bytes(), { objectMode: false }),
    // One decoded chunk read ahead, not the sixteen an object stream would hold by default.
    text: () => Readable.from(decode(bytes(), encoding, label), { objectMode: true, highWaterMark: 1 }),
  };
}

function readProblem(error: NodeJS.ErrnoException): string {
  if (error.code === 'ENOENT') return 'no such file';
  if (error.code === 'EACCES' || error.code === 'EPERM') return 'permission denied';
  return error.message;
}

function looksBinary(head: Buffer, encoding: string | undefined): boolean {
  if (encoding && /^utf-?16|^ucs-?2/i.test(encoding)) return false;
  return head.subarray(0, 8192).includes(0);
}

/** UTF-8 (the default) is checked strictly so a legacy-encoded file fails with a hint, not mojibake. */
async function* decode(bytes: AsyncIterable<Buffer>, encoding: string | undefined, label: string): AsyncGenerator<string> {
  if (encoding !== undefined && !/^utf-?8$/i.test(encoding)) {
    const decoder = iconv.getDecoder(encoding);
    for await (const chunk of bytes) {
      const text = decoder.write(chunk);
      if (text) yield text;
    }
    const rest = decoder.end();
    if (rest) yield rest;
    return;
  }
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let offset = 0;
  for await (const chunk of bytes) {
    try {
      yield decoder.decode(chunk, { stream: true });
    } catch {
      throw notUtf8(label, chunk, offset);
    }
    offset += chunk.length;
  }
  let rest: string;
  try {
    rest = decoder.decode();
  } catch {
    // The file ends in the middle of a character: cut short, or not UTF-8 at all.
    throw new UserError(`${label} is not valid UTF-8 (it ends in the middle of a character, at byte ${offset})`, 'the file may have been cut short; if it is complete, try --encoding latin1');
  }
  if (rest) yield rest;
}

function assertUtf8(head: Buffer, label: string): void {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
  } catch {
    throw notUtf8(label, head, 0);
  }
}

function notUtf8(label: string, chunk: Buffer, offset: number): UserError {
  return new UserError(`${label} is not valid UTF-8 (near byte ${offset + firstInvalidUtf8(chunk)})`, `try --encoding ${guessEncoding(chunk)}`);
}

/** Offset of the first byte that breaks UTF-8's lead/continuation structure. */
function firstInvalidUtf8(chunk: Buffer): number {
  let i = 0;
  while (i < chunk.length) {
    const byte = chunk[i]!;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      if (i + k >= chunk.length) return i + k;
      if ((chunk[i + k]! & 0xc0) !== 0x80) return i;
    }
    i += length;
  }
  return i;
}

/**
 * Hebrew words in windows-1255 or ISO-8859-8 are runs of bytes in 0xE0–0xFA; Western accents
 * in latin1 mostly stand alone between ASCII letters.
 */
export function guessEncoding(chunk: Buffer): string {
  let high = 0;
  let inRuns = 0;
  const hebrew = (byte: number | undefined) => byte !== undefined && byte >= 0xe0 && byte <= 0xfa;
  for (let i = 0; i < chunk.length; i++) {
    if (chunk[i]! < 0x80) continue;
    high++;
    if (hebrew(chunk[i]) && (hebrew(chunk[i - 1]) || hebrew(chunk[i + 1]))) inRuns++;
  }
  return high > 0 && inRuns / high > 0.6 ? 'windows-1255' : 'latin1';
}
