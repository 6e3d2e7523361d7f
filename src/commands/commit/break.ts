import { verbatim } from '../../core/ledger/text.js';
import type { CommandContext } from '../context.js';
import { append, type ChangeOptions } from './append.js';

export const run = (context: CommandContext, id: string, options: ChangeOptions) => append(context, id, options, () => ({ kind: 'break', note: verbatim(options.note, '--note') }));
