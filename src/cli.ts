import { Command, CommanderError } from 'commander';
import { createRequire } from 'node:module';
import { CommandContext } from './commands/context.js';
import { dbOption } from './commands/options.js';
import type { CommandSpec } from './commands/declare.js';
import { declarationsFor, registerCommands } from './commands/register.js';
import { usageError } from './commands/usage-error.js';
import { storeFailure } from './db/store-failure.js';
import { DataError, ExitCode, UserError } from './errors.js';
import { processIo, type Io } from './io/io.js';
import { OutputClosed, OutputFailed, outputFailure } from './io/output.js';
import { escapeControls } from './io/render/document/sanitize.js';
import { spokenLanguage } from './commands/spoken-language.js';
import { toldInLanguage } from './error-wording.js';

/** The program with the commands `specs` declares: all of them for the full help, one for a command line that names it. */
export function buildProgram(context: CommandContext, specs: CommandSpec[]): Command {
  const program = new Command('svc')
    .description('Service-quality toolkit: call-log KPIs against targets, commitments, complaints and reviews.')
    .version(packageVersion(), '-V, --version')
    .showSuggestionAfterError(true)
    .exitOverride()
    // `svc --db FILE report` as well as `svc report --db FILE`: the store is named where people expect to name it.
    .enablePositionalOptions()
    .addOption(dbOption())
    .hook('preAction', (_program, action) => {
      const db = program.getOptionValue('db') as string | undefined;
      if (db !== undefined && action.getOptionValue('db') === undefined) action.setOptionValue('db', db);
    });
  registerCommands(program, specs, context);
  for (const command of [program, ...allCommands(program)]) {
    command.exitOverride().configureOutput({
      writeOut: (text) => context.out(text),
      writeErr: (text) => context.err(text),
      outputError: (text, write) => write(usageError(text, command)),
    });
  }
  return program;
}

function allCommands(command: Command): Command[] {
  return command.commands.flatMap((child) => [child, ...allCommands(child)]);
}

/** Runs one command line in-process and returns its exit code: the one place errors become codes. */
export async function main(argv: string[], io: Io): Promise<number> {
  const context = new CommandContext(io);
  const program = buildProgram(context, declarationsFor(argv));
  try {
    if (argv.length === 0) {
      context.out(program.helpInformation());
      return ExitCode.ok;
    }
    await program.parseAsync(argv, { from: 'user' });
    return context.exitCode;
  } catch (error) {
    if (error instanceof OutputClosed) return ExitCode.ok;
    if (error instanceof CommanderError) {
      // Commander has already printed its message (help, version or a usage error).
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    }
    if (error instanceof UserError) {
      // A message may quote what the user gave or the data held: nothing in it reaches the terminal as a control code.
      const { message, hint, errorLabel, hintLabel } = await toldInLanguage(error, spokenLanguage(io, argv));
      io.stderr.write(`${errorLabel} ${escapeControls(message)}\n${hint ? `${hintLabel} ${escapeControls(hint)}\n` : ''}`);
      return ExitCode.usage;
    }
    const storeError = storeFailure(error);
    if (storeError) {
      io.stderr.write(`Error: ${storeError.message}\nHint: ${storeError.hint}\n`);
      return ExitCode.usage;
    }
    if (error instanceof DataError) {
      io.stderr.write(`Error: ${escapeControls(error.message)}\n`);
      return ExitCode.data;
    }
    throw error;
  }
}

export function run(): void {
  main(process.argv.slice(2), processIo()).then(
    (code) => {
      process.exitCode = code;
      // A write to a full disk fails after the command has returned: the data never arrived.
      setImmediate(() => {
        const failure = outputFailure(process.stdout);
        if (failure === undefined || code !== ExitCode.ok) return;
        process.stderr.write(`Error: ${new OutputFailed(failure).message}\n`);
        process.exitCode = ExitCode.usage;
      });
    },
    (error: unknown) => {
      process.stderr.write(`svc: internal error (a bug, please report it)\n${(error as Error)?.stack ?? String(error)}\n`);
      process.exitCode = 70;
    },
  );
}

function packageVersion(): string {
  // src/cli.ts and dist/cli.js sit one folder below package.json; the bundle's chunks (dist/bundle/) two.
  const packageFile = /\/dist\/bundle\/[^/]*$/.test(import.meta.url) ? '../../package.json' : '../package.json';
  return (createRequire(import.meta.url)(packageFile) as { version: string }).version;
}
