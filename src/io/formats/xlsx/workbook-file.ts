import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FormatInput } from '../reader.js';

export interface WorkbookFile {
  path: string;
  release(): Promise<void>;
}

/**
 * A workbook is a zip, read from its end: it needs a file to seek in. Its bytes go through the
 * input once all the same, which is how the import hashes them; standard input is kept in a
 * private temporary folder for the read.
 */
export async function workbookFile(input: FormatInput): Promise<WorkbookFile> {
  if (input.path !== null) {
    await pipeline(input.bytes(), new Writable({ write: (_chunk, _encoding, next) => next() }));
    return { path: input.path, release: async () => {} };
  }
  const folder = await mkdtemp(join(tmpdir(), 'svc-xlsx-'));
  const release = () => rm(folder, { recursive: true, force: true });
  const path = join(folder, 'standard-input.xlsx');
  try {
    await pipeline(input.bytes(), createWriteStream(path, { mode: 0o600 }));
  } catch (error) {
    await release();
    throw error;
  }
  return { path, release };
}
