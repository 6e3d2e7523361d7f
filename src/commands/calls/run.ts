import type { Outcome } from '../../core/call.js';
import { reportPeriod } from '../../core/report/period.js';
import { describePeriod } from '../../core/time/period.js';
import { countCalls, eachCall } from '../../db/call-list.js';
import { hourRange } from '../../db/kpi/grouping.js';
import { UserError } from '../../errors.js';
import { callColumns, callRecords } from '../../io/render/calls.js';
import { writeRows, type StreamFormat } from '../../io/render/row-stream.js';
import type { CommandContext } from '../context.js';
import type { CommonOptions, PeriodFlags } from '../options.js';

import { TABLE_ROWS } from './index.js';

interface CallsOptions extends CommonOptions, PeriodFlags {
  agent?: string;
  queue?: string;
  customer?: string;
  outcome?: Outcome;
  minWait?: string;
  limit?: string;
}

export function run(context: CommandContext, options: CallsOptions) {
  return context.readSession(options, async ({ store: db, settings, zone, at }) => {
    const minWaitS = options.minWait === undefined ? undefined : wholeOrDecimal(options.minWait, '--min-wait');
    const format = (options.format ?? 'table') as StreamFormat;
    const limit = options.limit === undefined ? (format === 'table' ? TABLE_ROWS : undefined) : limitOrAll(options.limit);
    const period = reportPeriod(options, settings, at);
    const filter = {
      ...hourRange(period),
      agent: unknownIfEmpty(options.agent),
      queue: unknownIfEmpty(options.queue),
      customer: unknownIfEmpty(options.customer),
      outcome: options.outcome,
      minWaitS,
      limit,
    };
    const total = countCalls(db, filter);
    await writeRows(format, callColumns(format), () => callRecords(eachCall(db, filter), zone, format), (text) => context.outInTurn(text), {
      borders: context.borders(),
      empty: 'No calls match.',
    });
    const { from, to } = describePeriod(period);
    const listed = Math.min(limit ?? total, total);
    const shown = listed < total ? `${listed} of ${total} calls` : `${total} call${total === 1 ? '' : 's'}`;
    context.err(`${shown}, ${from} to ${to} (times in ${zone.name})\n`);
    if (options.limit === undefined && listed < total) {
      context.err(`The table shows the first ${listed}: --limit 0 lists all ${total}, --format csv > calls.csv saves them for a spreadsheet\n`);
    }
  });
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

/** `--limit 0` lists every call. */
function limitOrAll(text: string): number | undefined {
  if (!/^\d+$/.test(text.trim())) throw new UserError(`--limit must be a whole number (0 for all), not "${text}"`);
  return Number(text) === 0 ? undefined : Number(text);
}
