import { UserError } from '../errors.js';
import type { Messages } from '../i18n/messages.js';
import type { Io } from '../io/io.js';

/** Prompts need a person at a terminal: both stdin and stdout. */
export function requireTerminal(io: Io, command: string, words: Messages): void {
  if (io.stdin.isTTY !== true || io.stdout.isTTY !== true) {
    throw new UserError(words.t('session.needsTerminal', { command }));
  }
}
