import { Argument } from 'commander';
import { argument, type CommandSpec } from '../declare.js';

/**
 * `svc completion bash|zsh|fish` prints a script that asks `svc complete -- WORDS` for
 * candidates as the user types. Declared here as @bomb.sh/tab declares them, so that the
 * completion library is loaded only when one of the two runs.
 */
export const completionCommands = (): CommandSpec[] => [
  {
    name: 'completion',
    description: 'Generate shell completion scripts',
    arguments: [new Argument('<shell>', 'Shell type for completion script').choices(['zsh', 'bash', 'fish', 'powershell'])],
    examples: ['svc completion bash > ~/.local/share/bash-completion/completions/svc', 'svc completion zsh > "${fpath[1]}/_svc"', 'svc completion fish > ~/.config/fish/completions/svc.fish'],
    load: () => import('./script.js'),
  },
  {
    name: 'complete',
    description: 'Generate completion suggestions',
    usage: '-- [args...]',
    hidden: true,
    arguments: [argument('[args...]')],
    load: () => import('./complete.js'),
  },
];
