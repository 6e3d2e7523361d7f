import { SETTINGS, SETTING_KEYS } from '../../core/settings.js';
import { readSettings, storedSettingKeys } from '../../db/settings.js';
import { listDocument } from '../../io/render/views/list-page.js';
import { printList } from '../print-rows.js';
import type { CommandContext } from '../context.js';
import type { CommonOptions } from '../options.js';

export function run(context: CommandContext, options: CommonOptions) {
  return context.readStore(options, async (db) => {
    const settings = readSettings(db);
    const stored = storedSettingKeys(db);
    const rows = SETTING_KEYS.map((key) => ({
      key,
      value: String(settings[key]),
      source: stored.has(key) ? 'set' : 'default',
      allowed: SETTINGS[key].allowed,
    }));
    const columns = [
      { key: 'key', header: 'setting' },
      { key: 'value', header: 'value' },
      { key: 'source', header: 'source' },
      { key: 'allowed', header: 'allowed' },
    ];
    await printList(context, options, listDocument('Settings', { columns, rows }));
  });
}
