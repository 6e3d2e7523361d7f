import { UserError } from '../errors.js';
import type { Io } from '../io/io.js';

/** Prompts need a person at a terminal: both stdin and stdout. */
export function requireTerminal(io: Io, command: string): void {
  if (io.stdin.isTTY !== true || io.stdout.isTTY !== true) {
    throw new UserError(`${command} asks questions and needs a terminal; to run it from a script, give the answers with --answers FILE.json`);
  }
}
