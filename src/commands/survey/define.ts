import { defineInstrument } from '../../core/survey/define-instrument.js';
import { parseJsonFile } from '../../interactive/json-file.js';
import type { CommandContext } from '../context.js';
import { readText } from '../ledger-command.js';
import type { WriteOptions } from '../options.js';
import { instrumentDefined } from '../../io/render/views/confirmations/listening.js';
import { sessionMessages } from '../session-language.js';

export function run(context: CommandContext, file: string, options: WriteOptions) {
  return context.withSession(options, ({ store: db, at, settings }) => {
    const { instrument, status } = defineInstrument(db, parseJsonFile(readText(context.io, file), file), file, at);
    context.confirm(options, instrumentDefined({ id: instrument.id, items: instrument.items.length, dimensions: instrument.dimensions.length }, status, sessionMessages(options.lang, settings, context.io)));
  });
}
