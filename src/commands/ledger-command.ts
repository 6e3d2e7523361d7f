import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importLedgerCsv, type LedgerCsv, type LedgerImportResult } from '../core/ledger/csv-import.js';
import { saidAt, type EntryContext } from '../core/ledger/fields.js';
import { periodWindow, type Window } from '../core/ledger/window.js';
import { resolvePeriod } from '../core/time/period.js';
import { UserError } from '../errors.js';
import { writeFileAtomically } from '../io/atomic-file.js';
import type { Io } from '../io/io.js';
import { checkRejectsTarget } from '../io/rejects-target.js';
import { storeFilesOf } from '../db/ledger-file.js';
import { ledgerImportSummary, rejectsCsv } from '../io/render/import-summary.js';
import type { CommandContext } from './context.js';
import type { LedgerClock } from './session.js';
import type { PeriodFlags } from './options.js';
import type { Session } from './session.js';

/** When a change happened: now, or an earlier time given with --at (never after now). */
export function changedAt(text: string | undefined, clock: LedgerClock): number {
  return saidAt(text, 'at', { ...clock, by: '', label: optionLabel });
}

/** How a field is named in a message about a command line. */
export function optionLabel(field: string): string {
  const names: Record<string, string> = { promise: 'the promise', description: 'the description', madeAt: '--at', receivedAt: '--at' };
  return names[field] ?? `--${field.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

export function entryId(text: string, what: 'commitment' | 'complaint'): number {
  const list = `svc ${what === 'commitment' ? 'commit' : what} list`;
  if (!/^\d+$/.test(text.trim())) throw new UserError(`"${text}" is not a ${what} id`, `ids are whole numbers; ${list} shows them`);
  // Beyond 2^53 a number is rounded: say the id as it was typed, not a neighbour of it.
  if (!Number.isSafeInteger(Number(text))) throw new UserError(`no ${what} ${text.trim()}`, `${list} shows the ids`);
  return Number(text);
}

export function readText(io: Io, file: string): string {
  try {
    return readFileSync(resolve(io.cwd, file), 'utf8');
  } catch (error) {
    throw new UserError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
}

/** The period asked for as instants, or undefined when no period option was given. */
export function askedWindow(session: Session, flags: PeriodFlags): Window | undefined {
  if (!flags.daily && !flags.weekly && !flags.monthly && flags.from === undefined && flags.to === undefined) return undefined;
  return periodWindow(resolvePeriod(flags, session.today, session.settings.week_start), session.zone);
}

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
