import { Option } from 'commander';
import { KINDS } from '../../core/customers/assess.js';
import { CUSTOMER_SORTS } from '../../core/customers/customer-sort.js';
import type { CommandSpec } from '../declare.js';
import { asOfOption, dbOption, formatOption } from '../options.js';

const monthlyFirst = () => [
  new Option('--monthly', 'the last complete month against the one before (default)'),
  new Option('--weekly', 'the last complete week against the one before'),
  new Option('--from <date>', 'first day, inclusive (YYYY-MM-DD, Nd …)'),
  new Option('--to <date>', 'last day, inclusive (default: today)'),
  new Option('--versus <from:to>', 'the period to compare with (default: the one just before)'),
];

export const customersCommand = (): CommandSpec => ({
  name: 'customers',
  // Options after a subcommand's name are that subcommand's: `svc customers outreach --format json`.
  configure: (command) => command.enablePositionalOptions(),
  description: 'customers by kind (ambassador, butterfly, hostage, dissatisfied, unknown), trust and contact (docs/customers.md)',
  options: [
    new Option('--kind <kind>', 'only this kind').choices(KINDS),
    asOfOption(),
    new Option('--sort <order>', 'trust (lowest first), last_contact (latest first) or contacts (most first)').choices(CUSTOMER_SORTS).default('trust'),
    new Option('--limit <n>', 'at most this many'),
    new Option('--explain', 'print the rules and thresholds in force instead'),
    dbOption(),
    formatOption(),
  ],
  examples: ['svc customers --kind hostage --limit 20', 'svc customers --sort last_contact --as-of 2026-10-31 --format csv', 'svc customers --explain'],
  load: () => import('./list.js'),
  commands: [
    {
      name: 'movement',
      description: 'how many customers of each kind became which kind between two periods, with new and lost',
      options: [dbOption(), formatOption(), ...monthlyFirst()],
      examples: ['svc customers movement', 'svc customers movement --from 2026-10-01 --to 2026-10-31 --versus 2026-09-01:2026-09-30'],
      load: () => import('./movement.js'),
    },
    {
      name: 'pillars',
      description: 'attract, keep, win back: new, retained, lost, won back, service-recovery rate and silent defection over a period',
      options: [dbOption(), formatOption(), ...monthlyFirst()],
      examples: ['svc customers pillars', 'svc customers pillars --weekly --format json'],
      load: () => import('./pillars.js'),
    },
    {
      name: 'defectors',
      description: 'customers who had a bad experience and have neither complained nor been in contact since, for defect_after_days',
      options: [new Option('--since <date>', 'bad experiences on or after this day (default: the trust window)'), asOfOption(), dbOption(), formatOption()],
      examples: ['svc customers defectors', 'svc customers defectors --since "60d ago" --format csv'],
      load: () => import('./defectors.js'),
    },
    {
      name: 'outreach',
      description: 'whom to call proactively, lowest trust first, as CSV a dialler can load: defectors, detractors, hostages in debit; never do-not-contact or fired',
      options: [asOfOption(), dbOption(), formatOption(['csv', 'table', 'json', 'md'])],
      examples: ['svc customers outreach > call-list.csv', 'svc customers outreach --format table'],
      load: () => import('./outreach.js'),
    },
  ],
});
