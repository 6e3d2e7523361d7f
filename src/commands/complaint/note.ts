import { verbatim } from '../../core/ledger/text.js';
import type { CommandContext } from '../context.js';
import { append, type ChangeOptions } from './append.js';

export const run = (context: CommandContext, id: string, text: string, options: ChangeOptions) => append(context, id, options, { kind: 'note', note: verbatim(text, 'the note') });
