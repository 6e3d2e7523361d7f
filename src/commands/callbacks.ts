import type { Command } from 'commander';
import { Option } from 'commander';
import { customersToCallBack } from '../core/callbacks.js';
import { parseDay } from '../core/time/period.js';
import { callbackRows } from '../io/render/callbacks.js';
import { renderRows } from '../io/render/index.js';
import type { CommandContext } from './context.js';
import { ledgerClock } from './ledger-clock.js';
import { dbOption, formatOption, type CommonOptions } from './options.js';

export function registerCallbacks(program: Command, context: CommandContext): void {
  program
    .command('callbacks')
    .description('customers to call back: their latest call was abandoned and nobody has answered them since')
    .addOption(new Option('--since <date>', 'with an abandoned call on or after this day (YYYY-MM-DD, today, yesterday, -7d, "last monday")').default('-7d'))
    .addOption(dbOption())
    .addOption(formatOption())
    .action((options: CommonOptions & { since: string }) =>
      context.withStore(options, (db) => {
        const clock = ledgerClock(db, context.io);
        const sinceDay = parseDay(options.since, clock.zone.localDay(clock.now), '--since');
        const format = options.format ?? 'table';
        context.out(renderRows(format, callbackRows(customersToCallBack(db, sinceDay), clock.zone, format), { borders: context.borders() }));
      }),
    );
}
