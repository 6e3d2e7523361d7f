import { Option } from 'commander';
import type { CommandSpec } from '../declare.js';
import { dbOption, formatOption } from '../options.js';

export const callbacksCommand = (): CommandSpec => ({
  name: 'callbacks',
  description: 'customers to call back: their latest call was abandoned and nobody has answered them since',
  options: [
    new Option('--since <date>', 'with an abandoned call on or after this day (YYYY-MM-DD, today, yesterday, -7d, "last monday")').default('-7d'),
    dbOption(),
    formatOption(),
  ],
  examples: ['svc callbacks', 'svc callbacks --since yesterday --format csv > call-back.csv'],
  load: () => import('./run.js'),
});
