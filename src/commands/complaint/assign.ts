import { verbatim } from '../../core/ledger/text.js';
import type { CommandContext } from '../context.js';
import { append, note, type ChangeOptions } from './append.js';

export const run = (context: CommandContext, id: string, options: ChangeOptions) =>
  append(context, id, options, { kind: 'assign', assignee: verbatim(options.to, '--to').trim(), note: note(options) });
