import { Option, type Command } from 'commander';
import { addServiceEvent, EVENT_KINDS, serviceEvents, type EventKind } from '../core/listening/events.js';
import { renderRows } from '../io/render/index.js';
import { localIso, localTime } from '../io/render/instant.js';
import type { CommandContext } from './context.js';
import { ledgerClock, operatingUser } from './ledger-clock.js';
import { askedWindow } from './ledger-command.js';
import { serviceEventAdded } from '../io/render/views/confirmations/listening.js';
import { dbOption, formatOption, periodOptions, writeFormatOption, writeQuietOption, type CommonOptions, type PeriodFlags, type WriteOptions } from './options.js';

export function registerEvent(program: Command, context: CommandContext): void {
  const event = program.command('event').description('exceptional events (an outage, a storm, a short-staffed day) and what the store saw while they lasted');

  event
    .command('add')
    .description('record what happened and when; says its id and times (--quiet: only the id)')
    .argument('<what-happened>', 'verbatim')
    .requiredOption('--from <when>', 'when it began (required): YYYY-MM-DD (its first second), YYYY-MM-DD HH:MM, an ISO instant, yesterday, 3d …')
    .requiredOption('--to <when>', 'when it ended (required): a bare day is the whole of that day')
    .addOption(new Option('--kind <kind>', 'what kind of event (required)').choices(EVENT_KINDS).makeOptionMandatory())
    .addOption(dbOption())
    .addOption(writeFormatOption())
    .addOption(writeQuietOption())
    .action((description: string, options: WriteOptions & { from: string; to: string; kind: EventKind }) =>
      context.withStore(options, (db) => {
        const clock = ledgerClock(db, context.io);
        const event = addServiceEvent(db, { ...options, description }, { ...clock, by: operatingUser(context.io) });
        context.confirm(options, serviceEventAdded({ ...event, kind: options.kind, description }, clock.zone, clock.now));
      }),
    );

  const list = event
    .command('list')
    .description('events that touch the period (default: all), each with the calls offered and abandoned and the complaints received while it lasted, and in the same length of time just before');
  for (const option of periodOptions()) list.addOption(option);
  list
    .addOption(dbOption())
    .addOption(formatOption(['table', 'json', 'csv', 'md']))
    .action((options: CommonOptions & PeriodFlags) =>
      context.readStore(options, (db) => {
        const clock = ledgerClock(db, context.io);
        const events = serviceEvents(db, clock.zone, askedWindow(db, options, clock));
        const format = options.format ?? 'table';
        const when = (at: number) => (format === 'table' || format === 'md' ? localTime(at, clock.zone) : localIso(at, clock.zone));
        const rate = (value: number | null) => (value === null ? null : format === 'table' || format === 'md' ? `${(value * 100).toFixed(1)}%` : value);
        const rows = events.map((item) => ({
          id: item.id,
          from: when(item.fromAt),
          to: when(item.toAt),
          kind: item.kind,
          what: item.description,
          offered: item.during.offered,
          abandoned: item.during.abandoned,
          abandon_rate: rate(item.during.abandon_rate),
          complaints: item.during.complaints,
          offered_before: item.before.offered,
          abandoned_before: item.before.abandoned,
          abandon_rate_before: rate(item.before.abandon_rate),
          complaints_before: item.before.complaints,
        }));
        const keys = Object.keys(rows[0] ?? { id: 0, from: 0, to: 0, kind: 0, what: 0, offered: 0, abandoned: 0, abandon_rate: 0, complaints: 0, offered_before: 0, abandoned_before: 0, abandon_rate_before: 0, complaints_before: 0 });
        const columns = keys.map((key) => ({ key, header: key.replace(/_before$/, ' before').replace('_', ' '), align: ['from', 'to', 'kind', 'what'].includes(key) ? undefined : ('right' as const) }));
        context.out(renderRows(format, { columns, rows, empty: 'No exceptional events recorded for this period: add one with svc event add.' }, context.terminal({})));
      }),
    );
}
