import { Option } from 'commander';
import type { CommandSpec } from '../declare.js';
import { dbOption, formatOption, periodOptions } from '../options.js';

/** A table is read by a person: a screenful or two, unless --limit asks for more. */
export const TABLE_ROWS = 100;

export const callsCommand = (): CommandSpec => ({
  name: 'calls',
  description: 'the calls behind a KPI: one line per call of the period, filtered (drill-down)',
  options: [
    ...periodOptions(),
    new Option('--agent <agent>', "only this agent's calls ('' for calls with no agent)"),
    new Option('--queue <queue>', "only this queue's calls ('' for calls with no queue)"),
    new Option('--customer <customer>', "only this customer's calls"),
    new Option('--outcome <outcome>', 'only answered or only abandoned calls').choices(['answered', 'abandoned']),
    new Option('--min-wait <seconds>', 'only calls that waited at least this long'),
    new Option('--limit <n>', `at most this many calls, the earliest first; 0 for all (default: ${TABLE_ROWS} in a table, all in json and csv)`),
    formatOption(['table', 'json', 'csv']),
    dbOption(),
  ],
  note: "Times are in the store's time zone (svc config get timezone).",
  examples: ['svc calls --weekly --queue support --outcome abandoned --min-wait 60', 'svc calls --from 2026-11-01 --to 2026-11-07 --agent Dana --format csv'],
  load: () => import('./run.js'),
});
