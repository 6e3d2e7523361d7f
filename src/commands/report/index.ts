import { Option } from 'commander';
import { DIMENSIONS } from '../../core/report/dimension.js';
import type { CommandSpec } from '../declare.js';
import { dbOption, formatOption, noColorOption, outOption, periodOptions } from '../options.js';

export const reportCommand = (): CommandSpec => ({
  name: 'report',
  description: 'service KPIs of a period (abandon rate, ASA, service level, AHT, repeat contacts …) against the targets',
  options: [
    ...periodOptions(),
    new Option('--by <dimension>', 'one row per group').choices(DIMENSIONS),
    new Option('--compare', 'add the previous period of the same length and the change of each KPI'),
    new Option('--explain', "print each KPI's definition and the parameters used below the table"),
    new Option('--fail-on-breach', 'exit 2 when any KPI misses its target, the period has no calls or the newest call is older than stale_after_hours'),
    new Option('--customers', 'add the customers section: new, retained, lost, won back, service recovery and silent defection (docs/customers.md)'),
    formatOption(['table', 'json', 'csv', 'md', 'html']),
    outOption(),
    dbOption(),
    noColorOption(),
  ],
  examples: ['svc report --weekly --compare --by day', 'svc report --from 2026-11-01 --to 2026-11-30 --format json'],
  load: () => import('./run.js'),
});
