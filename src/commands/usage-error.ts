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
  // A text that starts with `-` (a discount, a negative amount) is read as an option unless it follows `--`.
  const dashed = /^unknown option '(-[^-][^']*|-[^']*\s[^']*)'/.exec(lines[0] ?? '')?.[1];
  const hint = suggestion
    ? `did you mean ${suggestion[1]}? (\`${path} --help\` lists every ${command.commands.length > 0 ? 'command' : 'option'})`
    : dashed !== undefined
      ? `if "${dashed}" is text rather than an option, put -- before it: ${path} … -- "${dashed}"`
      : `usage: ${path} ${command.usage()} (\`${path} --help\` for more)`;
  return `Error: ${lines[0]}\nHint: ${hint}\n`;
}
