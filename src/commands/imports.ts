import type { Command } from 'commander';
import { undoImport } from '../core/import/undo-import.js';
import { UserError } from '../errors.js';
import { listImports } from '../db/imports.js';
import { rollupBasis } from '../db/rollups.js';
import { readSettings } from '../db/settings.js';
import { renderRows } from '../io/render/index.js';
import type { CommandContext } from './context.js';
import { dbOption, formatOption, summaryQuietOption, type CommonOptions } from './options.js';

export function registerImports(program: Command, context: CommandContext): void {
  const imports = program
    .command('imports')
    .description('the imports made so far, and undoing one')
    .addOption(dbOption())
    .addOption(formatOption())
    .action((options: CommonOptions) =>
      context.readStore(options, (db) => {
        const rows = listImports(db).map((row) => ({
          ...row,
          content_hash: options.format === 'table' ? row.content_hash?.slice(0, 12) : row.content_hash,
          status: row.undone_at ? 'undone' : row.finished_at ? 'done' : 'incomplete',
        }));
        context.out(
          renderRows(
            options.format ?? 'table',
            {
              columns: [
                { key: 'id', header: 'id', align: 'right' },
                { key: 'source', header: 'file' },
                { key: 'format', header: 'format' },
                { key: 'content_hash', header: 'sha256' },
                { key: 'started_at', header: 'started (UTC)' },
                { key: 'inserted', header: 'inserted', align: 'right' },
                { key: 'duplicates', header: 'duplicates', align: 'right' },
                { key: 'rejected', header: 'rejected', align: 'right' },
                { key: 'skipped', header: 'skipped', align: 'right' },
                { key: 'merged', header: 'merged', align: 'right' },
                { key: 'carried', header: 'carried', align: 'right' },
                { key: 'status', header: 'status' },
                { key: 'undone_at', header: 'undone (UTC)' },
              ],
              rows,
              empty: 'No imports yet.',
            },
            context.terminal({}),
          ),
        );
      }),
    );

  imports
    .command('undo')
    .description('remove exactly the calls one import added')
    .argument('<id>', 'import id (see svc imports)')
    .addOption(summaryQuietOption())
    .addOption(dbOption())
    // `svc imports undo 3 --db F`: commander hands --db to the parent `imports`, which declares it too.
    .action((id: string, options: CommonOptions, command: Command) =>
      context.withStore(command.optsWithGlobals<CommonOptions>(), (db) => {
        const number = Number(id);
        if (!Number.isInteger(number) || number <= 0) throw new UserError(`"${id}" is not an import id`, 'svc imports lists them');
        const settings = readSettings(db);
        const { removed } = undoImport(db, number, rollupBasis(settings), new Date());
        if (options.quiet) return;
        context.err(`import #${number} undone: ${removed.toLocaleString('en-US')} call${removed === 1 ? '' : 's'} removed\n`);
      }),
    );
}
