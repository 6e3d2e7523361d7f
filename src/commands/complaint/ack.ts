import type { CommandContext } from '../context.js';
import { append, note, type ChangeOptions } from './append.js';

export const run = (context: CommandContext, id: string, options: ChangeOptions) => append(context, id, options, { kind: 'ack', note: note(options) });
