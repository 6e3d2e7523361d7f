import type { Command } from 'commander';
import type { CommandContext } from '../context.js';
import { completionTree } from './tree.js';

export function run(context: CommandContext, words: string[], _options: unknown, command: Command) {
  const program = command.parent!;
  if (words.length === 1 && !(program as unknown as { rawArgs: string[] }).rawArgs.includes('--')) {
    program.error(`error: completion requests are called like \`complete -- [args]\`.\n(Did you mean \`completion ${words[0]}\` to generate shell script?)`);
  }
  completionTree(program, context).parse(words);
}
