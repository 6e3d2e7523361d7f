import { Option } from 'commander';
import { POLARITIES } from '../../core/listening/polarity.js';
import { argument, type CommandSpec } from '../declare.js';
import { dbOption, formatOption, periodOptions, writeOptions } from '../options.js';

export const focusCommand = (): CommandSpec => ({
  name: 'focus',
  description: 'focus groups: when, on what, how many took part, and their findings verbatim',
  commands: [
    {
      name: 'add',
      description: 'record a focus group once it has been held; says its id (--quiet: only the id)',
      options: [
        new Option('--date <date>', 'the day it was held (required): YYYY-MM-DD, today, yesterday, Nd').makeOptionMandatory(),
        new Option('--topic <topic>', 'what it was about (required)').makeOptionMandatory(),
        new Option('--participants <n>', 'how many took part (required)').makeOptionMandatory(),
        dbOption(),
        ...writeOptions(),
      ],
      examples: ['svc focus add --date 2026-11-18 --topic "the new IVR menu" --participants 8', 'svc focus add --date yesterday --topic "billing letters" --participants 6'],
      load: () => import('./add.js'),
    },
    {
      name: 'finding',
      description: "add a finding to a focus group, in the participants' words; says its id (--quiet: only the id)",
      arguments: [argument('<group-id>', 'the focus group (svc focus list)'), argument('<finding>', 'verbatim')],
      options: [new Option('--polarity <polarity>', 'something they liked (a strength) or did not (a weakness) (required)').choices(POLARITIES).makeOptionMandatory(), dbOption(), ...writeOptions()],
      examples: ['svc focus finding 3 "the menu has too many levels before a person" --polarity negative'],
      load: () => import('./finding.js'),
    },
    {
      name: 'list',
      description: 'focus groups and their findings, one row per finding, oldest first (default: all)',
      options: [...periodOptions(), new Option('--lang <lang>', 'language of the headers and names (default: the language setting, else LANG / LC_ALL)').choices(['en', 'he']), dbOption(), formatOption(['table', 'json', 'csv', 'md'])],
      examples: ['svc focus list', 'svc focus list --from "90d ago" --format md'],
      load: () => import('./list.js'),
    },
  ],
});
