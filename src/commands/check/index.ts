import { Option } from 'commander';
import { DEFAULT_STAFFING_MARGIN } from '../../core/staffing/margin.js';
import type { CommandSpec } from '../declare.js';
import { dbOption, outOption } from '../options.js';

export const checkCommand = (): CommandSpec => ({
  name: 'check',
  description: 'the one command for cron: every missed target, overdue promise, late or recurring complaint, surge and call-back',
  options: [
    new Option('--period <period>', 'the last complete day or week').choices(['weekly', 'daily']).default('weekly'),
    new Option('--fail-on-breach', 'exit 2 when anything needs attention'),
    new Option('--format <format>', 'output format').choices(['text', 'md', 'json', 'html']).default('text'),
    new Option('--staffing-margin <n|%>', 'report intervals with fewer agents seen than needed by more than this many agents, or percent of those needed').default(DEFAULT_STAFFING_MARGIN),
    new Option('--lang <lang>', 'language of the text (default: the language setting, else LANG / LC_ALL)').choices(['en', 'he']),
    outOption(),
    dbOption(),
  ],
  examples: ['svc check --period daily --fail-on-breach', 'svc check --lang he', 'svc check --format html --out check.html'],
  load: () => import('./run.js'),
});
