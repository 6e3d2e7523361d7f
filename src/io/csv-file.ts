import { createReadStream } from 'node:fs';
import { UserError } from '../errors.js';
import { csvRecords, type CsvRecord } from './formats/csv-records.js';

/**
 * Every record of a CSV file, read by the same streaming reader as a call log (its delimiter
 * detected, a broken quote or an over-long record marked on its own line, the rest read on).
 * For the imports that read a file whole before they write it: commitments, complaints, survey answers.
 */
export async function readCsvFile(path: string, label: string): Promise<CsvRecord[]> {
  const records: CsvRecord[] = [];
  try {
    for await (const batch of csvRecords(createReadStream(path), { label })) records.push(...batch);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined) throw error;
    throw new UserError(`cannot read ${label}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message}`);
  }
  return records;
}
