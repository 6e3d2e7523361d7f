import { verbatim } from '../../core/ledger/text.js';
import { parseWhen } from '../../core/time/when.js';
import type { CommandContext } from '../context.js';
import { append, type ChangeOptions } from './append.js';

export const run = (context: CommandContext, id: string, options: ChangeOptions) =>
  append(context, id, options, (clock) => ({
    kind: 'extend',
    dueAt: parseWhen(options.due!, { ...clock, dayEdge: 'end', direction: 'future', what: '--due' }),
    note: verbatim(options.note, '--note'),
  }));
