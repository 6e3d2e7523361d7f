import type { Command } from 'commander';
import type { CommandContext } from './context.js';
import { registerConfig } from './config.js';
import { registerDb } from './db.js';

/** Every command, in the order `svc --help` lists them. */
export function registerCommands(program: Command, context: CommandContext): void {
  registerDb(program, context);
  registerConfig(program, context);
}
