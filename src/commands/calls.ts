import { Option, type Command } from 'commander';
import type { Outcome } from '../core/call.js';
import { reportPeriod } from '../core/report/period.js';
import { describePeriod } from '../core/time/period.js';
import { Zone } from '../core/time/zone.js';
import { listCalls } from '../db/call-list.js';
import { hourRange } from '../db/kpi/grouping.js';
import { readSettings } from '../db/settings.js';
import { UserError } from '../errors.js';
import { now } from '../io/io.js';
import { callRows } from '../io/render/calls.js';
import { renderRows } from '../io/render/index.js';
import type { CommandContext } from './context.js';
import { dbOption, formatOption, periodOptions, type CommonOptions, type PeriodFlags } from './options.js';

interface CallsOptions extends CommonOptions, PeriodFlags {
  agent?: string;
  queue?: string;
  customer?: string;
  outcome?: Outcome;
  minWait?: string;
  limit?: string;
}

export function registerCalls(program: Command, context: CommandContext): void {
  const command = program.command('calls').description('the calls behind a KPI: one line per call of the period, filtered (drill-down)');
  for (const option of periodOptions()) command.addOption(option);
  command
    .option('--agent <agent>', "only this agent's calls ('' for calls with no agent)")
    .option('--queue <queue>', "only this queue's calls ('' for calls with no queue)")
    .option('--customer <customer>', "only this customer's calls")
    .addOption(new Option('--outcome <outcome>', 'only answered or only abandoned calls').choices(['answered', 'abandoned']))
    .option('--min-wait <seconds>', 'only calls that waited at least this long')
    .option('--limit <n>', 'at most this many calls, the earliest first (default: all)')
    .addOption(formatOption(['table', 'json', 'csv']))
    .addOption(dbOption())
    .addHelpText('after', "\nTimes are in the store's time zone (svc config get timezone).\n\nExample:\n  svc calls --weekly --queue support --outcome abandoned --min-wait 60\n  svc calls --from 2026-11-01 --to 2026-11-07 --agent Dana --format csv")
    .action((options: CallsOptions) =>
      context.withStore(options, (db) => {
        const minWaitS = options.minWait === undefined ? undefined : wholeOrDecimal(options.minWait, '--min-wait');
        const limit = options.limit === undefined ? undefined : positiveWhole(options.limit, '--limit');
        const settings = readSettings(db);
        const period = reportPeriod(options, settings, now(context.io));
        const { calls, total } = listCalls(db, {
          ...hourRange(period),
          agent: unknownIfEmpty(options.agent),
          queue: unknownIfEmpty(options.queue),
          customer: unknownIfEmpty(options.customer),
          outcome: options.outcome,
          minWaitS,
          limit,
        });
        const zone = new Zone(settings.timezone);
        const format = options.format ?? 'table';
        context.out(renderRows(format, callRows(calls, zone, format), { borders: context.borders() }));
        const { from, to } = describePeriod(period);
        const shown = calls.length < total ? `${calls.length} of ${total} calls` : `${total} call${total === 1 ? '' : 's'}`;
        context.err(`${shown}, ${from} to ${to} (times in ${zone.name})\n`);
      }),
    );
}

/** '' asks for the calls where the value is not known. */
function unknownIfEmpty(value: string | undefined): string | null | undefined {
  return value === undefined ? undefined : value.trim() === '' ? null : value;
}

function wholeOrDecimal(text: string, option: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < 0) throw new UserError(`${option} must be seconds >= 0, not "${text}"`);
  return value;
}

function positiveWhole(text: string, option: string): number {
  if (!/^\d+$/.test(text.trim()) || Number(text) < 1) throw new UserError(`${option} must be a whole number >= 1, not "${text}"`);
  return Number(text);
}
