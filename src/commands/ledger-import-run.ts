import { resolve } from 'node:path';
import { importLedgerCsv, type LedgerCsv, type LedgerImportResult } from '../core/ledger/csv-import.js';
import type { EntryContext } from '../core/ledger/fields.js';
import { storeFilesOf } from '../db/ledger-file.js';
import { UserError } from '../errors.js';
import { checkRejectsTarget } from '../io/rejects-target.js';
import { ledgerImportSummary } from '../io/render/import-summary.js';
import { writeRejectsFile } from '../io/rejects-file.js';
import { readCsvFile } from '../io/csv-file.js';
import type { CommandContext } from './context.js';

/**
 * `svc commit import` and `svc complaint import`: a CSV into a ledger in one transaction, the
 * rejects written where asked, one summary on stderr.
 */
export async function runLedgerImport<Entry extends { externalId: string | null }>(
  context: CommandContext,
  spec: (entry: Omit<EntryContext, 'label'>) => LedgerCsv<Entry>,
  file: string,
  options: LedgerImportOptions,
): Promise<void> {
  const rejects = ledgerRejectsPath(context, file, options);
  const records = await readCsvFile(resolve(context.io.cwd, file), file);
  return context.withSession(options, ({ store: db, clock, user }) => {
    const csv = spec({ ...clock, by: user });
    const result = importLedgerCsv(db, file, records, csv, { strict: options.strict === true });
    writeLedgerRejects(rejects, file, result);
    if (!options.quiet || result.rejects.length > 0) context.err(ledgerImportSummary(file, result, options.rejects));
    if (!result.keyed && result.inserted > 0) {
      context.err(`Warning: ${file} has no external_id column, so importing it again would record its rows again; add one to make imports safe to repeat\n`);
    }
  });
}

export interface LedgerImportOptions {
  db?: string;
  strict?: boolean;
  rejects?: string;
  force?: boolean;
  quiet?: boolean;
}

/** Where the rejected rows go, checked before anything is read: never the store, the input or an existing file without --force. */
export function ledgerRejectsPath(context: CommandContext, file: string, options: LedgerImportOptions): string | undefined {
  if (options.rejects === undefined) return undefined;
  const path = resolve(context.io.cwd, options.rejects);
  checkRejectsTarget({ path, storeFiles: storeFilesOf(context.storePath(options)), inputs: [resolve(context.io.cwd, file)], force: options.force === true });
  return path;
}

/** The rows are in the store by now, so a failure here says so rather than suggesting nothing happened. */
export function writeLedgerRejects(path: string | undefined, file: string, result: LedgerImportResult): void {
  if (path === undefined || result.rejects.length === 0) return;
  try {
    writeRejectsFile(path, file, result.header, result.rejects.map(({ record, line, reason }) => ({ raw: record, note: { line, field: undefined, reason } })));
  } catch (error) {
    throw new UserError(
      `${(error as Error).message}; the ${result.inserted} good row${result.inserted === 1 ? ' was' : 's were'} imported, the ${result.rejects.length} rejected not written`,
      'free some space or choose another --rejects file; importing the same file again adds nothing twice when it has an external_id column',
    );
  }
}
