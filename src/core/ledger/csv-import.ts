import { DataError, UserError } from '../../errors.js';
import type { Store } from '../../db/open.js';
import type { CsvRecord } from '../../io/formats/csv-records.js';
import { writeTransaction } from '../../db/write-lock.js';
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
  rejects: Reject[];
  header: string[];
  /** Whether the file has an external id column, the only thing that makes importing it again add nothing. */
  keyed: boolean;
}

/**
 * Imports a whole file in one transaction: good rows in, bad rows reported with their line;
 * `strict` refuses the file on the first bad row and writes nothing. Rows whose external id is
 * already stored (or seen earlier in the file) are duplicates, so importing again adds nothing.
 */
export function importLedgerCsv<Entry extends { externalId: string | null }>(
  db: Store,
  label: string,
  records: readonly CsvRecord[],
  spec: LedgerCsv<Entry>,
  options: { strict: boolean },
): LedgerImportResult {
  const [headerRecord, ...rows] = records;
  if (!headerRecord) throw new UserError(`${label} is empty`, `the first line names the columns: ${spec.required.join(', ')}`);
  if (headerRecord.problem !== undefined || headerRecord.tooLong) throw new UserError(`${label}:${headerRecord.line}: the header is not valid CSV${headerRecord.problem ? `: ${headerRecord.problem}` : ''}`);
  const header = headerRecord.fields;
  const positions = columnPositions(label, header, spec);
  const result: LedgerImportResult = { inserted: 0, duplicates: 0, rejects: [], header, keyed: positions.has('externalId') };
  const seen = new Set<string>();
  writeTransaction(db, 'ledger', () => {
    for (const { fields: record, line, problem, tooLong } of rows) {
      const entry = problem !== undefined || tooLong ? { line, record, reason: `not valid CSV: ${problem ?? 'the record is too long'}` } : buildEntry(record, header.length, positions, spec, line);
      if ('reason' in entry) {
        if (options.strict) throw new DataError(`${label}:${line}: ${entry.reason} (--strict: nothing imported)`);
        result.rejects.push(entry);
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
