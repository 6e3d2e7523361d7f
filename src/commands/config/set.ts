import { assertSettingKey } from '../../core/settings.js';
import { writeSetting } from '../../db/settings.js';
import type { CommandContext } from '../context.js';
import type { WriteOptions } from '../options.js';
import { settingChanged } from '../../io/render/views/confirmations/settings.js';
import { sessionMessages } from '../session-language.js';

export function run(context: CommandContext, key: string, value: string, options: WriteOptions) {
  return context.withSession(options, ({ store: db, settings }) => {
    const settingKey = assertSettingKey(key);
    const stored = writeSetting(db, settingKey, value);
    context.confirm(options, settingChanged(settingKey, stored, sessionMessages(options.lang, settings, context.io)));
  });
}
