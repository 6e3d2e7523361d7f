import { Command, CommanderError } from 'commander';
import { createRequire } from 'node:module';
import { CommandContext } from './commands/context.js';
import { dbOption } from './commands/options.js';
import { registerCommands } from './commands/register.js';
import { usageError } from './commands/usage-error.js';
import { DataError, ExitCode, UserError } from './errors.js';
import { processIo, type Io } from './io/io.js';
import { OutputClosed, OutputFailed, outputFailure } from './io/output.js';
import { escapeControls } from './io/render/document/sanitize.js';

export function buildProgram(context: CommandContext): Command {
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
  registerCommands(program, context);
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
  const program = buildProgram(context);
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
      io.stderr.write(`Error: ${escapeControls(error.message)}\n${error.hint ? `Hint: ${escapeControls(error.hint)}\n` : ''}`);
      return ExitCode.usage;
    }
    if ((error as { code?: string }).code === 'SQLITE_BUSY') {
      io.stderr.write('Error: the store is busy: another svc command held its write lock for longer than 30 s\nHint: run it again when the other import or change has finished\n');
      return ExitCode.usage;
    }
    if ((error as { code?: string }).code === 'SQLITE_FULL') {
      io.stderr.write('Error: the disk holding the store is full: the change in progress was not written, the store is as it was before it\nHint: free some space and run the command again\n');
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
  // src/cli.ts and dist/cli.js both sit one folder below package.json.
  return (createRequire(import.meta.url)('../package.json') as { version: string }).version;
}
