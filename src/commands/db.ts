import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserError } from '../errors.js';
import { storeInfo } from '../db/info.js';
import { renderJson } from '../io/render/json.js';
import { renderRows } from '../io/render/index.js';
import type { CommandContext } from './context.js';
import { dbOption, formatOption, type CommonOptions } from './options.js';

export function registerDb(program: Command, context: CommandContext): void {
  const db = program.command('db').description('the store: where it is, what it holds, a backup');

  db.command('info')
    .description('which store file is in use, its schema version, size and row counts')
    .addOption(dbOption())
    .addOption(formatOption(['table', 'json']))
    .action((options: CommonOptions) =>
      context.withStore(options, (store) => {
        const info = storeInfo(store, context.storePath(options));
        if (options.format === 'json') return context.out(renderJson(info));
        context.out(`file            ${info.file}\nschema version  ${info.schema_version}\nsize            ${info.size_bytes} bytes\n`);
        context.out(
          renderRows(
            'table',
            {
              columns: [
                { key: 'table', header: 'table' },
                { key: 'rows', header: 'rows', align: 'right' },
              ],
              rows: Object.entries(info.tables).map(([table, rows]) => ({ table, rows })),
            },
            { borders: context.borders() },
          ),
        );
      }),
    );

  db.command('backup')
    .description('a consistent copy of the store, safe while it is in use')
    .argument('<file>', 'where to write the copy (must not exist)')
    .addOption(dbOption())
    .action((file: string, options: CommonOptions) =>
      context.withStore(options, async (store) => {
        const target = resolve(context.io.cwd, file);
        if (existsSync(target)) throw new UserError(`${file} already exists`, 'choose a new file name; a backup never overwrites');
        await store.backup(target);
        context.err(`Backed up ${context.storePath(options)} to ${target}\n`);
      }),
    );
}
