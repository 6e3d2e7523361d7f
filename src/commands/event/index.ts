import { Option } from 'commander';
import { EVENT_KINDS } from '../../core/listening/event-kind.js';
import { argument, type CommandSpec } from '../declare.js';
import { dbOption, formatOption, periodOptions, writeOptions } from '../options.js';

export const eventCommand = (): CommandSpec => ({
  name: 'event',
  description: 'exceptional events (an outage, a storm, a short-staffed day) and what the store saw while they lasted',
  commands: [
    {
      name: 'add',
      description: 'record what happened and when; says its id and times (--quiet: only the id)',
      arguments: [argument('<what-happened>', 'verbatim')],
      options: [
        new Option('--from <when>', 'when it began (required): YYYY-MM-DD (its first second), YYYY-MM-DD HH:MM, an ISO instant, yesterday, 3d …').makeOptionMandatory(),
        new Option('--to <when>', 'when it ended (required): a bare day is the whole of that day').makeOptionMandatory(),
        new Option('--kind <kind>', 'what kind of event (required)').choices(EVENT_KINDS).makeOptionMandatory(),
        dbOption(),
        ...writeOptions(),
      ],
      examples: ['svc event add "Phone system down" --kind outage --from "2026-11-17 09:40" --to "2026-11-17 11:05"', 'svc event add "Snow storm, half the team at home" --kind weather --from 2026-11-20 --to 2026-11-20'],
      load: () => import('./add.js'),
    },
    {
      name: 'list',
      description: 'events that touch the period (default: all), each with the calls offered and abandoned and the complaints received while it lasted, and in the same length of time just before',
      options: [...periodOptions(), new Option('--lang <lang>', 'language of the headers and names (default: the language setting, else LANG / LC_ALL)').choices(['en', 'he']), dbOption(), formatOption(['table', 'json', 'csv', 'md'])],
      examples: ['svc event list', 'svc event list --monthly --format csv'],
      load: () => import('./list.js'),
    },
  ],
});
