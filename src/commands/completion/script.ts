import type { Command } from 'commander';
import type { CommandContext } from '../context.js';
import { completionTree } from './tree.js';

export function run(context: CommandContext, shell: string, _options: unknown, command: Command) {
  const program = command.parent!;
  completionTree(program, context).setup(program.name(), program.name(), shell);
}
