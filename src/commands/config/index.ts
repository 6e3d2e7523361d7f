import { SETTING_KEYS } from '../../core/settings.js';
import { argument, type CommandSpec } from '../declare.js';
import { dbOption, formatOption } from '../options.js';

export const configCommand = (): CommandSpec => ({
  name: 'config',
  description: "the store's settings: time zone, week start, KPI parameters",
  commands: [
    {
      name: 'list',
      description: 'every setting, its value, and whether it is the default',
      options: [dbOption(), formatOption()],
      examples: ['svc config list', 'svc config list --format json'],
      load: () => import('./list.js'),
    },
    {
      name: 'get',
      description: 'print one setting',
      arguments: [argument('<key>', SETTING_KEYS.join('|'))],
      options: [dbOption()],
      examples: ['svc config get timezone', 'svc config get sl_threshold_s'],
      load: () => import('./get.js'),
    },
    {
      name: 'set',
      description: 'change one setting (a new time zone, T, S or W recomputes the rollups)',
      arguments: [argument('<key>', SETTING_KEYS.join('|')), argument('<value>')],
      options: [dbOption()],
      examples: ['svc config set timezone Asia/Jerusalem', 'svc config set week_start sunday'],
      load: () => import('./set.js'),
    },
  ],
});
