import { resolve } from 'node:path';
import { importLedgerCsv, type LedgerCsv, type LedgerImportResult } from '../core/ledger/csv-import.js';
import type { EntryContext } from '../core/ledger/fields.js';
import { storeFilesOf } from '../db/ledger-file.js';
import { UserError } from '../errors.js';
import { writeFileAtomically } from '../io/atomic-file.js';
import { checkRejectsTarget } from '../io/rejects-target.js';
import { ledgerImportSummary, rejectsCsv } from '../io/render/import-summary.js';
import type { CommandContext } from './context.js';
import { readText } from './ledger-command.js';

/**
 * `svc commit import` and `svc complaint import`: a CSV into a ledger in one transaction, the
 * rejects written where asked, one summary on stderr.
 */
export function runLedgerImport<Entry extends { externalId: string | null }>(
  context: CommandContext,
  spec: (entry: Omit<EntryContext, 'label'>) => LedgerCsv<Entry>,
  file: string,
  options: LedgerImportOptions,
): Promise<void> {
  const rejects = ledgerRejectsPath(context, file, options);
  return context.withSession(options, ({ store: db, clock, user }) => {
    const csv = spec({ ...clock, by: user });
    const result = importLedgerCsv(db, file, readText(context.io, file), csv, { strict: options.strict === true });
    writeLedgerRejects(rejects, result);
    context.err(ledgerImportSummary(file, result, options.rejects));
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
}

/** Where the rejected rows go, checked before anything is read: never the store, the input or an existing file without --force. */
export function ledgerRejectsPath(context: CommandContext, file: string, options: LedgerImportOptions): string | undefined {
  if (options.rejects === undefined) return undefined;
  const path = resolve(context.io.cwd, options.rejects);
  checkRejectsTarget({ path, storeFiles: storeFilesOf(context.storePath(options)), inputs: [resolve(context.io.cwd, file)], force: options.force === true });
  return path;
}

/** The rows are in the store by now, so a failure here says so rather than suggesting nothing happened. */
export function writeLedgerRejects(path: string | undefined, result: LedgerImportResult): void {
  if (path === undefined || result.rejects.length === 0) return;
  try {
    writeFileAtomically(path, rejectsCsv(result));
  } catch (error) {
    throw new UserError(
      `${(error as Error).message}; the ${result.inserted} good row${result.inserted === 1 ? ' was' : 's were'} imported, the ${result.rejects.length} rejected not written`,
      'free some space or choose another --rejects file; importing the same file again adds nothing twice when it has an external_id column',
    );
  }
}
