import { DataError, UserError } from '../../errors.js';
import type { Store } from '../../db/open.js';
import type { CsvRecord } from '../../io/formats/csv-records.js';
import { streamingWriteTransaction } from '../../db/write-lock.js';
import type { RejectSink } from '../import/import-file.js';
import { namesColumn } from '../import/column-map.js';

/** How one ledger reads a CSV: which columns mean which field, and how an entry is built and stored. */
export interface LedgerCsv<Entry extends { externalId: string | null }> {
  /** Field → accepted header names (compared as namesColumn does: trimmed, or folded). */
  columns: Record<string, readonly string[]>;
  required: readonly string[];
  build(fields: Record<string, string | undefined>): Entry;
  exists(db: Store, externalId: string): boolean;
  insert(db: Store, entry: Entry): void;
}

export interface Reject {
  line: number;
  reason: string;
  record: string[];
}

export interface LedgerImportResult {
  inserted: number;
  duplicates: number;
  rejected: number;
  /** The first rejected rows, to show; every one went to the rejects sink. */
  firstRejects: Reject[];
  /** Whether the file has an external id column, the only thing that makes importing it again add nothing. */
  keyed: boolean;
}

const SHOWN_REJECTS = 5;

/**
 * Imports a file streamed in batches of records, all in one transaction: good rows in, bad rows
 * reported with their line (to `rejects`, made durable before the commit); `strict` refuses the
 * file on the first bad row and writes nothing. Rows whose external id is already stored (or
 * seen earlier in the file) are duplicates, so importing again adds nothing. The header is
 * checked before anything is written.
 */
export async function importLedgerCsv<Entry extends { externalId: string | null }>(
  db: Store,
  label: string,
  batches: AsyncIterable<CsvRecord[]>,
  spec: LedgerCsv<Entry>,
  options: { strict: boolean; rejects?: RejectSink },
): Promise<LedgerImportResult> {
  const records = batches[Symbol.asyncIterator]();
  const first = await records.next();
  const [headerRecord, ...firstRows] = first.done ? [] : first.value;
  if (!headerRecord) throw new UserError(`${label} is empty`, `the first line names the columns: ${spec.required.join(', ')}`);
  if (headerRecord.problem !== undefined || headerRecord.tooLong) throw new UserError(`${label}:${headerRecord.line}: the header is not valid CSV${headerRecord.problem ? `: ${headerRecord.problem}` : ''}`);
  const header = headerRecord.fields;
  const positions = columnPositions(label, header, spec);
  options.rejects?.header(header);
  const result: LedgerImportResult = { inserted: 0, duplicates: 0, rejected: 0, firstRejects: [], keyed: positions.has('externalId') };
  const seen = new Set<string>();
  const importRows = (rows: readonly CsvRecord[]): void => {
    for (const { fields: record, line, problem, tooLong } of rows) {
      const entry = problem !== undefined || tooLong ? { line, record, reason: `not valid CSV: ${problem ?? 'the record is too long'}` } : buildEntry(record, header.length, positions, spec, line);
      if ('reason' in entry) {
        options.rejects?.reject(entry.record, { line, field: undefined, reason: entry.reason });
        if (options.strict) throw new DataError(`${label}:${line}: ${entry.reason} (--strict: nothing imported)`);
        result.rejected++;
        if (result.firstRejects.length < SHOWN_REJECTS) result.firstRejects.push(entry);
        continue;
      }
      const externalId = entry.externalId;
      if (externalId !== null && (seen.has(externalId) || spec.exists(db, externalId))) {
        result.duplicates++;
        continue;
      }
      if (externalId !== null) seen.add(externalId);
      spec.insert(db, entry);
      result.inserted++;
    }
  };
  await streamingWriteTransaction(db, 'ledger', async () => {
    importRows(firstRows);
    for (let next = await records.next(); !next.done; next = await records.next()) importRows(next.value);
    options.rejects?.flush?.();
  });
  return result;
}

function buildEntry<Entry extends { externalId: string | null }>(
  record: string[],
  width: number,
  positions: Map<string, number>,
  spec: LedgerCsv<Entry>,
  line: number,
): Entry | Reject {
  if (record.length !== width) return { line, record, reason: `has ${record.length} fields, the header has ${width}` };
  const fields: Record<string, string | undefined> = {};
  for (const [field, position] of positions) fields[field] = record[position];
  try {
    return spec.build(fields);
  } catch (error) {
    if (error instanceof UserError) return { line, record, reason: error.message };
    throw error;
  }
}

function columnPositions(label: string, header: string[], spec: LedgerCsv<{ externalId: string | null }>): Map<string, number> {
  const positions = new Map<string, number>();
  header.forEach((name, position) => {
    const field = Object.keys(spec.columns).find((key) => spec.columns[key]!.some((alias) => namesColumn(name, alias)));
    if (field !== undefined && !positions.has(field)) positions.set(field, position);
  });
  const missing = spec.required.filter((field) => !positions.has(field));
  if (missing.length > 0) {
    throw new UserError(
      `${label}: no ${missing.map((field) => `"${spec.columns[field]![0]}"`).join(', ')} column`,
      `the header must name ${spec.required.map((field) => spec.columns[field]![0]).join(', ')}; it may also name ${Object.keys(spec.columns)
        .filter((field) => !spec.required.includes(field))
        .map((field) => spec.columns[field]![0])
        .join(', ')}`,
    );
  }
  return positions;
}
