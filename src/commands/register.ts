import type { Command } from 'commander';
import type { CommandContext } from './context.js';
import { declareCommand, type CommandSpec } from './declare.js';

/** A top-level command: the name typed, and where its declaration lives. */
interface Declared {
  name: string;
  declare: () => Promise<CommandSpec[]>;
}

/**
 * Every command, in the order `svc --help` lists them. A command line that names one of them
 * loads only that declaration; `svc --help`, `svc help`, a mistyped name (for "did you mean")
 * and `svc complete` (which completes from the whole tree) load them all.
 */
const COMMANDS: Declared[] = [
  { name: 'db', declare: async () => [(await import('./db/index.js')).dbCommand()] },
  { name: 'config', declare: async () => [(await import('./config/index.js')).configCommand()] },
  { name: 'import', declare: async () => [(await import('./import/index.js')).importCommand()] },
  { name: 'imports', declare: async () => [(await import('./imports/index.js')).importsCommand()] },
  { name: 'report', declare: async () => [(await import('./report/index.js')).reportCommand()] },
  { name: 'calls', declare: async () => [(await import('./calls/index.js')).callsCommand()] },
  { name: 'staffing', declare: async () => [(await import('./staffing/index.js')).staffingCommand()] },
  { name: 'target', declare: async () => [(await import('./target/index.js')).targetCommand()] },
  { name: 'commit', declare: async () => [(await import('./commit/index.js')).commitCommand()] },
  { name: 'complaint', declare: async () => [(await import('./complaint/index.js')).complaintCommand()] },
  { name: 'callbacks', declare: async () => [(await import('./callbacks/index.js')).callbacksCommand()] },
  { name: 'customer', declare: async () => [(await import('./customer/index.js')).customerCommand()] },
  { name: 'customers', declare: async () => [(await import('./customers/index.js')).customersCommand()] },
  { name: 'check', declare: async () => [(await import('./check/index.js')).checkCommand()] },
  { name: 'survey', declare: async () => [(await import('./survey/index.js')).surveyCommand()] },
  { name: 'swot', declare: async () => [(await import('./swot/index.js')).swotCommand()] },
  { name: 'focus', declare: async () => [(await import('./focus/index.js')).focusCommand()] },
  { name: 'event', declare: async () => [(await import('./event/index.js')).eventCommand()] },
  { name: 'idea', declare: async () => [(await import('./idea/index.js')).ideaCommand()] },
  // Declares `svc completion` and the hidden `svc complete`; the latter is not named here, so it gets the whole tree.
  { name: 'completion', declare: async () => (await import('./completion/index.js')).completionCommands() },
];

/** Every command's declaration, in the order `svc --help` lists them. */
export async function commandDeclarations(): Promise<CommandSpec[]> {
  return (await Promise.all(COMMANDS.map((command) => command.declare()))).flat();
}

/** The declarations `argv` needs: the one command it names, or all of them. */
export async function declarationsFor(argv: string[]): Promise<CommandSpec[]> {
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
