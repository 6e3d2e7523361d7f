import { resolve } from 'node:path';
import { importLedgerCsv, type LedgerCsv } from '../core/ledger/csv-import.js';
import type { EntryContext } from '../core/ledger/fields.js';
import { storeFilesOf } from '../db/ledger-file.js';
import type { RejectSink } from '../core/import/import-file.js';
import { DataError } from '../errors.js';
import { checkRejectsTarget } from '../io/rejects-target.js';
import { ledgerImportSummary } from '../io/render/import-summary.js';
import { RejectsFile } from '../io/rejects-file.js';
import { openCsvFile } from '../io/csv-file.js';
import type { CommandContext } from './context.js';

/**
 * `svc commit import` and `svc complaint import`: a CSV streamed into a ledger in one
 * transaction, the rejects written where asked, one summary on stderr.
 */
export async function runLedgerImport<Entry extends { externalId: string | null }>(
  context: CommandContext,
  spec: (entry: Omit<EntryContext, 'label'>) => LedgerCsv<Entry>,
  file: string,
  options: LedgerImportOptions,
): Promise<void> {
  const rejects = ledgerRejectsPath(context, file, options);
  const batches = await openCsvFile(resolve(context.io.cwd, file), file);
  return context.withSession(options, async ({ store: db, clock, user }) => {
    const csv = spec({ ...clock, by: user });
    const result = await withRejectsFile(rejects, file, (sink) => importLedgerCsv(db, file, batches, csv, { strict: options.strict === true, rejects: sink }));
    if (!options.quiet || result.rejected > 0) context.err(ledgerImportSummary(file, result, options.rejects));
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

/**
 * Runs an import with the --rejects file as its sink: renamed into place once the import
 * committed, or after a --strict refusal (it then holds the row refused); discarded otherwise.
 */
export async function withRejectsFile<T>(path: string | undefined, label: string, work: (sink: RejectSink | undefined) => Promise<T>): Promise<T> {
  const file = path === undefined ? undefined : new RejectsFile(path);
  try {
    const result = await work(file?.forFile(label));
    file?.commit();
    return result;
  } catch (error) {
    if (error instanceof DataError) file?.commit();
    else file?.discard();
    throw error;
  }
}
