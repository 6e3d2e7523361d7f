import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../../src/commands/context.js';
import { declareCommand, type CommandSpec } from '../../src/commands/declare.js';
import { dbOption } from '../../src/commands/options.js';
import { commandDeclarations } from '../../src/commands/register.js';
import { runCli } from '../helpers/cli.js';

const declarations = commandDeclarations();

/** Every declared command that runs, with the words that reach it; `svc complete` is called by the shell scripts, never typed. */
function runnable(specs: CommandSpec[], path: string[] = []): { path: string[]; spec: CommandSpec }[] {
  return specs.flatMap((spec) => [
    ...(spec.load && !spec.hidden ? [{ path: [...path, spec.name], spec }] : []),
    ...runnable(spec.commands ?? [], [...path, spec.name]),
  ]);
}

/** The words of an example as a shell would pass them: quotes removed, a redirection and what follows it left out. */
function words(line: string): string[] {
  const result: string[] = [];
  let word: string | undefined;
  let quote: string | undefined;
  for (const char of line.replace(/\$\([^)]*\)/g, 'X').replace(/\s>\s.*$/, '')) {
    if (quote !== undefined) {
      if (char === quote) quote = undefined;
      else word += char;
    } else if (char === '"' || char === "'") {
      quote = char;
      word ??= '';
    } else if (char === ' ') {
      if (word !== undefined) result.push(word);
      word = undefined;
    } else word = (word ?? '') + char;
  }
  if (word !== undefined) result.push(word);
  return result;
}

/** The declarations with every implementation replaced by one that records what it was given. */
function parsingProgram(ran: string[][]): Command {
  const recording = (spec: CommandSpec, path: string[]): CommandSpec => ({
    ...spec,
    load: spec.load && (async () => ({ run: () => void ran.push([...path, spec.name]) })),
    commands: spec.commands?.map((child) => recording(child, [...path, spec.name])),
  });
  const program = new Command('svc').exitOverride().enablePositionalOptions().addOption(dbOption());
  for (const spec of declarations) declareCommand(program, recording(spec, []), {} as CommandContext);
  const silence = (command: Command): void => {
    command.exitOverride().configureOutput({ writeOut: () => {}, writeErr: () => {} });
    command.commands.forEach(silence);
  };
  silence(program);
  return program;
}

describe('examples in --help', () => {
  const commands = runnable(declarations);

  it('finds the commands (a check that cannot pass on an empty list)', () => {
    expect(commands.map(({ path }) => path.join(' '))).toEqual(expect.arrayContaining(['complaint add', 'report', 'staffing erlang', 'customers', 'imports undo', 'completion']));
  });

  it("every command's --help ends with one to three examples, each a line of that command", async () => {
    for (const { path, spec } of commands) {
      const help = await runCli([...path, '--help']);
      expect(help.code, path.join(' ')).toBe(0);
      const examples = /\nExamples:\n((?: {2}.+\n?)+)$/.exec(help.stdout)?.[1]?.trimEnd().split('\n') ?? [];
      expect(examples.length, `${path.join(' ')} --help:\n${help.stdout}`).toBeGreaterThanOrEqual(1);
      expect(examples.length, path.join(' ')).toBeLessThanOrEqual(3);
      // `svc swot` alone runs its default subcommand, `svc swot start`.
      const reached = spec.isDefault ? path.slice(0, -1) : path;
      for (const example of examples) expect(example.trim().startsWith(`svc ${reached.join(' ')}`), example).toBe(true);
    }
  });

  it('every example is accepted by the argument parser and reaches the command it shows', async () => {
    for (const { path, spec } of commands) {
      for (const example of spec.examples ?? []) {
        const ran: string[][] = [];
        const [, ...args] = words(example);
        await expect(parsingProgram(ran).parseAsync(args, { from: 'user' }), example).resolves.toBeDefined();
        expect(ran, example).toEqual([path]);
      }
    }
  });
});
