import { Argument, type Command, type Option } from 'commander';
import type { CommandContext } from './context.js';

/** What a command's implementation module exports: its action, given the context and commander's arguments. */
export interface Implementation {
  // Commander hands an action its arguments, then the options, then the command itself.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  run(context: CommandContext, ...args: any[]): unknown;
}

/**
 * A command as data: what `--help` shows and where its implementation lives. Declarations
 * import nothing heavy, so `svc --help` and `svc --version` load no command's dependencies;
 * `load` brings in the implementation only when the command runs.
 */
export interface CommandSpec {
  name: string;
  description: string;
  arguments?: Argument[];
  options?: Option[];
  /** Help text shown before the examples, e.g. a note about time zones. */
  note?: string;
  /** Runnable lines for `--help`; every command that runs has at least one. */
  examples?: string[];
  load?: () => Promise<Implementation>;
  commands?: CommandSpec[];
  /** Left out of the parent's help (a command other programs call). */
  hidden?: boolean;
  /** The usage line, where commander's own would mislead. */
  usage?: string;
  /** Run when the parent is given no subcommand (`svc swot` is `svc swot start`). */
  isDefault?: boolean;
  /** Commander settings that are not data (positional options of a group). */
  configure?: (command: Command) => void;
}

export const argument = (name: string, description?: string): Argument => new Argument(name, description);

/** Adds the declared command (and its subcommands) under `parent`. */
export function declareCommand(parent: Command, spec: CommandSpec, context: CommandContext): Command {
  const command = parent.command(spec.name, { isDefault: spec.isDefault === true, hidden: spec.hidden === true }).description(spec.description);
  if (spec.usage !== undefined) command.usage(spec.usage);
  spec.configure?.(command);
  for (const item of spec.arguments ?? []) command.addArgument(item);
  for (const option of spec.options ?? []) command.addOption(option);
  const after = helpAfter(spec);
  if (after !== '') command.addHelpText('after', after);
  const load = spec.load;
  if (load) command.action(async (...args: unknown[]) => {
    await (await load()).run(context, ...args);
  });
  for (const child of spec.commands ?? []) declareCommand(command, child, context);
  return command;
}

function helpAfter(spec: CommandSpec): string {
  const note = spec.note === undefined ? '' : `\n${spec.note}\n`;
  const examples = spec.examples === undefined || spec.examples.length === 0 ? '' : `\nExamples:\n${spec.examples.map((line) => `  ${line}`).join('\n')}`;
  return `${note}${examples}`.replace(/\n$/, '');
}
