import { Option } from 'commander';
import { IDEA_STATUSES } from '../../core/listening/idea-status.js';
import { argument, type CommandSpec } from '../declare.js';
import { dbOption, formatOption, writeOptions } from '../options.js';

const decisionCommand = (name: 'adopt' | 'decline', status: 'adopted' | 'declined'): CommandSpec => ({
  name,
  description: `record that a proposed idea was ${status} (once: the decision stays on record)`,
  arguments: [argument('<id>')],
  options: [new Option('--note <text>', 'why, or what comes next'), dbOption(), ...writeOptions()],
  examples: name === 'adopt' ? ['svc idea adopt 4 --note "trial on the evening shift from December"'] : ['svc idea decline 5 --note "the dialler cannot do it"'],
  load: () => import('./decide.js'),
});

export const ideaCommand = (): CommandSpec => ({
  name: 'idea',
  description: "employees' ideas for better service: proposed, then adopted or declined",
  commands: [
    {
      name: 'add',
      description: 'write down an idea, verbatim; says its id (--quiet: only the id)',
      arguments: [argument('<idea>', 'in its author’s words')],
      options: [new Option('--by <agent>', 'whose idea it is (required)').makeOptionMandatory(), dbOption(), ...writeOptions()],
      examples: ['svc idea add "Call back abandoned callers within the hour" --by Dana'],
      load: () => import('./add.js'),
    },
    decisionCommand('adopt', 'adopted'),
    decisionCommand('decline', 'declined'),
    {
      name: 'list',
      description: 'every idea, oldest first, with its status',
      options: [new Option('--status <status>', 'only those with this status').choices(IDEA_STATUSES), new Option('--lang <lang>', 'language of the headers and names (default: the language setting, else LANG / LC_ALL)').choices(['en', 'he']), dbOption(), formatOption(['table', 'json', 'csv', 'md'])],
      examples: ['svc idea list', 'svc idea list --status proposed --format csv'],
      load: () => import('./list.js'),
    },
  ],
});
