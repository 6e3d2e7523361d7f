import type { Option } from 'commander';
import { argument, type CommandSpec } from './declare.js';
import { atOption, byOption, dbOption, writeOptions } from './options.js';

/** A change to a ledger entry (keep, resolve, note …): the entry's id, when and by whom, and the write's output options. */
export const ledgerChangeCommand = (name: string, description: string, options: Option[], examples: string[], load: CommandSpec['load'], text = false): CommandSpec => ({
  name,
  description,
  arguments: [argument('<id>'), ...(text ? [argument('<text>')] : [])],
  options: [atOption('it happened'), byOption(), dbOption(), ...options, ...writeOptions()],
  examples,
  load,
});
