import { assertSettingKey } from '../../core/settings.js';
import { readSettings } from '../../db/settings.js';
import type { CommandContext } from '../context.js';
import type { CommonOptions } from '../options.js';

export function run(context: CommandContext, key: string, options: CommonOptions) {
  return context.readStore(options, (db) => {
    context.out(`${String(readSettings(db)[assertSettingKey(key)])}\n`);
  });
}
