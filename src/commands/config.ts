import type { Command } from 'commander';
import { SETTINGS, SETTING_KEYS, assertSettingKey } from '../core/settings.js';
import { readSettings, storedSettingKeys, writeSetting } from '../db/settings.js';
import { renderRows } from '../io/render/index.js';
import type { CommandContext } from './context.js';
import { settingChanged } from '../io/render/views/confirmations/settings.js';
import { dbOption, formatOption, writeFormatOption, writeQuietOption, type CommonOptions, type WriteOptions } from './options.js';

export function registerConfig(program: Command, context: CommandContext): void {
  const config = program.command('config').description("the store's settings: time zone, week start, KPI parameters");

  config
    .command('list')
    .description('every setting, its value, and whether it is the default')
    .addOption(dbOption())
    .addOption(formatOption())
    .action((options: CommonOptions) =>
      context.readStore(options, (db) => {
        const settings = readSettings(db);
        const stored = storedSettingKeys(db);
        const rows = SETTING_KEYS.map((key) => ({
          key,
          value: String(settings[key]),
          source: stored.has(key) ? 'set' : 'default',
          allowed: SETTINGS[key].allowed,
        }));
        context.out(
          renderRows(
            options.format ?? 'table',
            {
              columns: [
                { key: 'key', header: 'setting' },
                { key: 'value', header: 'value' },
                { key: 'source', header: 'source' },
                { key: 'allowed', header: 'allowed' },
              ],
              rows,
            },
            context.terminal({}),
          ),
        );
      }),
    );

  config
    .command('get')
    .description('print one setting')
    .argument('<key>', SETTING_KEYS.join('|'))
    .addOption(dbOption())
    .action((key: string, options: CommonOptions) =>
      context.readStore(options, (db) => {
        context.out(`${String(readSettings(db)[assertSettingKey(key)])}\n`);
      }),
    );

  config
    .command('set')
    .description('change one setting (a new time zone, T, S or W recomputes the rollups)')
    .argument('<key>', SETTING_KEYS.join('|'))
    .argument('<value>')
    .addOption(dbOption())
    .addOption(writeFormatOption())
    .addOption(writeQuietOption())
    .action((key: string, value: string, options: WriteOptions) =>
      context.withStore(options, (db) => {
        const settingKey = assertSettingKey(key);
        const stored = writeSetting(db, settingKey, value);
        context.confirm(options, settingChanged(settingKey, stored));
      }),
    );
}
