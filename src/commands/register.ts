import type { Command } from 'commander';
import type { CommandContext } from './context.js';
import { declareCommand, type CommandSpec } from './declare.js';
import { callbacksCommand } from './callbacks/index.js';
import { callsCommand } from './calls/index.js';
import { checkCommand } from './check/index.js';
import { commitCommand } from './commit/index.js';
import { complaintCommand } from './complaint/index.js';
import { completionCommands } from './completion/index.js';
import { configCommand } from './config/index.js';
import { customerCommand } from './customer/index.js';
import { customersCommand } from './customers/index.js';
import { dbCommand } from './db/index.js';
import { eventCommand } from './event/index.js';
import { focusCommand } from './focus/index.js';
import { ideaCommand } from './idea/index.js';
import { importCommand } from './import/index.js';
import { importsCommand } from './imports/index.js';
import { reportCommand } from './report/index.js';
import { staffingCommand } from './staffing/index.js';
import { surveyCommand } from './survey/index.js';
import { swotCommand } from './swot/index.js';
import { targetCommand } from './target/index.js';

/** A top-level command: the name typed, and the function that declares it. */
interface Declared {
  name: string;
  declare: () => CommandSpec[];
}

/**
 * Every command, in the order `svc --help` lists them. A command line that names one of them
 * declares only that one to commander; `svc --help`, `svc help`, a mistyped name (for "did you
 * mean") and `svc complete` (which completes from the whole tree) declare them all. The
 * declarations are imported statically: the build gathers them with the rest of the start-up
 * path into one chunk (scripts/bundle.mjs), where an `import()` of each would cost a file each.
 */
const COMMANDS: Declared[] = [
  { name: 'db', declare: () => [dbCommand()] },
  { name: 'config', declare: () => [configCommand()] },
  { name: 'import', declare: () => [importCommand()] },
  { name: 'imports', declare: () => [importsCommand()] },
  { name: 'report', declare: () => [reportCommand()] },
  { name: 'calls', declare: () => [callsCommand()] },
  { name: 'staffing', declare: () => [staffingCommand()] },
  { name: 'target', declare: () => [targetCommand()] },
  { name: 'commit', declare: () => [commitCommand()] },
  { name: 'complaint', declare: () => [complaintCommand()] },
  { name: 'callbacks', declare: () => [callbacksCommand()] },
  { name: 'customer', declare: () => [customerCommand()] },
  { name: 'customers', declare: () => [customersCommand()] },
  { name: 'check', declare: () => [checkCommand()] },
  { name: 'survey', declare: () => [surveyCommand()] },
  { name: 'swot', declare: () => [swotCommand()] },
  { name: 'focus', declare: () => [focusCommand()] },
  { name: 'event', declare: () => [eventCommand()] },
  { name: 'idea', declare: () => [ideaCommand()] },
  // Declares `svc completion` and the hidden `svc complete`; the latter is not named here, so it gets the whole tree.
  { name: 'completion', declare: () => completionCommands() },
];

/** Every command's declaration, in the order `svc --help` lists them. */
export function commandDeclarations(): CommandSpec[] {
  return COMMANDS.flatMap((command) => command.declare());
}

/** The declarations `argv` needs: the one command it names, or all of them. */
export function declarationsFor(argv: string[]): CommandSpec[] {
  const named = commandWord(argv);
  const command = COMMANDS.find(({ name }) => name === named);
  return command === undefined ? commandDeclarations() : command.declare();
}

/** The command a line names: its first word, after the program's own `--db FILE`. */
export function commandWord(argv: string[]): string | undefined {
  let at = 0;
  while (argv[at] === '--db' || argv[at]?.startsWith('--db=')) at += argv[at] === '--db' ? 2 : 1;
  const word = argv[at];
  return word === undefined || word.startsWith('-') ? undefined : word;
}

export function registerCommands(program: Command, specs: CommandSpec[], context: CommandContext): void {
  for (const spec of specs) declareCommand(program, spec, context);
}
