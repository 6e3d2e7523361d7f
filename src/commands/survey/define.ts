import { defineInstrument } from '../../core/survey/define-instrument.js';
import { parseJsonFile } from '../../interactive/json-file.js';
import type { CommandContext } from '../context.js';
import { readText } from '../ledger-command.js';
import type { CommonOptions } from '../options.js';

export function run(context: CommandContext, file: string, options: CommonOptions) {
  return context.withSession(options, ({ store: db, at }) => {
    const { instrument, status } = defineInstrument(db, parseJsonFile(readText(context.io, file), file), file, at);
    context.err(`Instrument ${instrument.id} ${status}: ${instrument.items.length} item${instrument.items.length === 1 ? '' : 's'}, ${instrument.dimensions.length} dimension${instrument.dimensions.length === 1 ? '' : 's'}\n`);
  });
}
