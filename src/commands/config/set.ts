import { assertSettingKey } from '../../core/settings.js';
import { writeSetting } from '../../db/settings.js';
import type { CommandContext } from '../context.js';
import type { CommonOptions } from '../options.js';

export function run(context: CommandContext, key: string, value: string, options: CommonOptions) {
  return context.withStore(options, (db) => {
    const settingKey = assertSettingKey(key);
    const stored = writeSetting(db, settingKey, value);
    context.err(`${settingKey} = ${String(stored)}\n`);
  });
}
