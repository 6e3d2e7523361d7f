import { argument, type CommandSpec } from '../declare.js';
import { dbOption, formatOption } from '../options.js';

export const importsCommand = (): CommandSpec => ({
  name: 'imports',
  description: 'the imports made so far, and undoing one',
  options: [dbOption(), formatOption()],
  examples: ['svc imports', 'svc imports --format csv'],
  load: () => import('./list.js'),
  commands: [
    {
      name: 'undo',
      description: 'remove exactly the calls one import added',
      arguments: [argument('<id>', 'import id (see svc imports)')],
      options: [dbOption()],
      examples: ['svc imports undo 3'],
      load: () => import('./undo.js'),
    },
  ],
});
