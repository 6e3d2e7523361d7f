import { closeSync, openSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { backupStore } from '../../db/backup.js';
import { ledgerFileOf } from '../../db/ledger-file.js';
import { UserError } from '../../errors.js';
import type { CommandContext } from '../context.js';
import type { CommonOptions } from '../options.js';

export function run(context: CommandContext, file: string, options: CommonOptions) {
  if (file.trim() === '') throw new UserError('the backup file name is empty', 'name the copy, e.g. svc db backup /backups/svc-$(date +%F).db');
  return context.readStore(options, async (store) => {
    const target = resolve(context.io.cwd, file);
    const ledgerTarget = ledgerFileOf(target);
    createOwnerOnly(target, file);
    try {
      createOwnerOnly(ledgerTarget, ledgerFileOf(file));
    } catch (error) {
      rmSync(target, { force: true });
      throw error;
    }
    try {
      await backupStore(store, target);
    } catch (error) {
      rmSync(target, { force: true });
      rmSync(ledgerTarget, { force: true });
      throw error;
    }
    context.err(`Backed up ${context.storePath(options)} to ${target} (the ledgers to ${ledgerTarget})\n`);
  });
}

/** The copy holds the customers' numbers the store holds: owner-only from its first byte, like the store. */
function createOwnerOnly(target: string, file: string): void {
  try {
    closeSync(openSync(target, 'wx', 0o600));
  } catch (error) {
    if ((error as { code?: string }).code === 'EEXIST') throw new UserError(`${file} already exists`, 'choose a new file name; a backup never overwrites');
    throw new UserError(`cannot write the backup ${file}: ${(error as Error).message}`);
  }
}
