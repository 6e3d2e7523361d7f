import { argument, type CommandSpec } from '../declare.js';
import { dbOption, formatOption } from '../options.js';

export const dbCommand = (): CommandSpec => ({
  name: 'db',
  description: 'the store: where it is, what it holds, a backup',
  commands: [
    {
      name: 'info',
      description: 'which store file is in use, its schema version, size and row counts',
      options: [dbOption(), formatOption(['table', 'json'])],
      examples: ['svc db info', 'svc db info --db /srv/svc/team.db --format json'],
      load: () => import('./info.js'),
    },
    {
      name: 'backup',
      description: 'a consistent copy of the store, safe while it is in use',
      arguments: [argument('<file>', 'where to write the copy (must not exist)')],
      options: [dbOption()],
      examples: ['svc db backup /backups/svc-$(date +%F).db'],
      load: () => import('./backup.js'),
    },
  ],
});
