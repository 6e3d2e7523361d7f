import type { Command } from 'commander';

/** `svc commit add`: the words a person types to reach this command. */
export function commandPath(command: Command): string {
  const names: string[] = [];
  for (let at: Command | null = command; at; at = at.parent) names.unshift(at.name());
  return names.join(' ');
}

/**
 * The argument parser's complaint in svc's own shape: `Error: …` on one line, then one `Hint:`
 * with its suggestion or the command's usage line, so every mistake reads the same way.
 */
export function usageError(parserText: string, command: Command): string {
  const lines = parserText.trim().replace(/^error: /, '').split('\n');
  const suggestion = lines.slice(1).join(' ').match(/\(Did you mean (.+)\?\)/);
  const path = commandPath(command);
  const hint = suggestion
    ? `did you mean ${suggestion[1]}? (\`${path} --help\` lists every ${command.commands.length > 0 ? 'command' : 'option'})`
    : `usage: ${path} ${command.usage()} (\`${path} --help\` for more)`;
  return `Error: ${lines[0]}\nHint: ${hint}\n`;
}
