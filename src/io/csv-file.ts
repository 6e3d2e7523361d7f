import { createReadStream } from 'node:fs';
import { UserError } from '../errors.js';
import { csvRecords, type CsvRecord } from './formats/csv-records.js';

/**
 * The records of a CSV file in batches, read by the same streaming reader as a call log (its
 * delimiter detected, a broken quote or an over-long record marked on its own line, the rest
 * read on). The first batch is read before this resolves, so a file that cannot be read is
 * refused before the store is opened. For the commitments, complaints and survey answers imports.
 */
export async function openCsvFile(path: string, label: string): Promise<AsyncIterable<CsvRecord[]>> {
  const batches = readable(csvRecords(createReadStream(path), { label }), label);
  const first = await batches.next();
  return (async function* () {
    if (first.done) return;
    yield first.value;
    yield* batches;
  })();
}

async function* readable(batches: AsyncGenerator<CsvRecord[]>, label: string): AsyncGenerator<CsvRecord[]> {
  try {
    yield* batches;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined) throw error;
    throw new UserError(`cannot read ${label}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message}`);
  }
}
