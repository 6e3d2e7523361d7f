import { optionalText, verbatim } from '../../core/ledger/text.js';
import type { CommandContext } from '../context.js';
import { append, note, type ChangeOptions } from './append.js';

export const run = (context: CommandContext, id: string, options: ChangeOptions) =>
  append(context, id, options, { kind: 'resolve', resolution: verbatim(options.resolution, '--resolution'), rootCause: optionalText(options.rootCause), note: note(options) });
