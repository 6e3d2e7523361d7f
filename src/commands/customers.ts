import type { Command } from 'commander';
import { Option } from 'commander';
import { KINDS, type Kind } from '../core/customers/assess.js';
import { CUSTOMER_SORTS, listCustomers, type CustomerSort } from '../core/customers/customer-list.js';
import { findDefectors } from '../core/customers/defectors.js';
import { explainRules } from '../core/customers/explain.js';
import { loadCustomerRecords } from '../core/customers/load-records.js';
import { customerMovement } from '../core/customers/movement.js';
import { outreachList } from '../core/customers/outreach.js';
import { customerPillars } from '../core/customers/pillars.js';
import { isoFromDay } from '../core/time/calendar.js';
import { describePeriod, parseDay, previousPeriod, resolvePeriod, type Period } from '../core/time/period.js';
import { UserError } from '../errors.js';
import { readSettings } from '../db/settings.js';
import { customerListRows, defectorRows, movementRows, outreachRows, pillarRows } from '../io/render/customers.js';
import type { CommandContext } from './context.js';
import { asOfOption, customerClock, endOfDay, startOfDay, type CustomerClock } from './customer-clock.js';
import { dbOption, formatOption, outOption, type CommonOptions, type PeriodFlags } from './options.js';
import { printRows, type ListFormat } from './print-rows.js';

const monthlyFirst = () => [
  new Option('--monthly', 'the last complete month against the one before (default)'),
  new Option('--weekly', 'the last complete week against the one before'),
  new Option('--from <date>', 'first day, inclusive (YYYY-MM-DD, Nd …)'),
  new Option('--to <date>', 'last day, inclusive (default: today)'),
  new Option('--versus <from:to>', 'the period to compare with (default: the one just before)'),
];

const LIST_FORMATS = ['table', 'json', 'csv', 'md', 'html'];

type ListOptions = Omit<CommonOptions, 'format'> & { format?: ListFormat; out?: string };
type PeriodOptions = ListOptions & PeriodFlags & { versus?: string };

/** `2026-10-01 to 2026-10-31`. */
function describeSpan(period: Period): string {
  const { from, to } = describePeriod(period);
  return `${from} to ${to}`;
}

/** The period asked for, and the one it is compared with. */
function periods(options: PeriodOptions, clock: CustomerClock, weekStart: Parameters<typeof resolvePeriod>[2]): { period: Period; earlier: Period } {
  const period = resolvePeriod(options, clock.today, weekStart, 'monthly');
  if (options.versus === undefined) return { period, earlier: previousPeriod(period) };
  const [from, to, extra] = options.versus.split(':');
  if (from === undefined || to === undefined || extra !== undefined) throw new UserError(`--versus "${options.versus}" is not FROM:TO`, 'for example --versus 2026-10-01:2026-10-31');
  const earlier = { fromDay: parseDay(from, clock.today, '--versus'), toDay: parseDay(to, clock.today, '--versus'), kind: 'custom' as const };
  if (earlier.fromDay > earlier.toDay) throw new UserError(`--versus ${options.versus}: the first day is after the last`);
  return { period, earlier };
}

export function registerCustomers(program: Command, context: CommandContext): void {
  const customers = program
    .command('customers')
    // Options after a subcommand's name are that subcommand's: `svc customers outreach --format json`.
    .enablePositionalOptions()
    .description('customers by kind (ambassador, butterfly, hostage, dissatisfied, unknown), trust and contact (docs/customers.md)')
    .addOption(new Option('--kind <kind>', 'only this kind').choices(KINDS))
    .addOption(asOfOption())
    .addOption(new Option('--sort <order>', 'trust (lowest first), last_contact (latest first) or contacts (most first)').choices(CUSTOMER_SORTS).default('trust'))
    .option('--limit <n>', 'at most this many')
    .option('--explain', 'print the rules and thresholds in force instead')
    .addOption(dbOption())
    .addOption(formatOption(LIST_FORMATS))
    .addOption(outOption())
    .action((options: ListOptions & { kind?: Kind; asOf?: string; sort: CustomerSort; limit?: string; explain?: boolean }) =>
      context.readStore(options, async (db) => {
        const clock = customerClock(db, context.io, options.asOf);
        if (options.explain) {
          const rows = explainRules(clock.rules).map((line) => ({ ...line }));
          const columns = [
            { key: 'rule', header: 'rule' },
            { key: 'value', header: 'value' },
            { key: 'setting', header: 'setting' },
          ];
          return printRows(context, options, 'Customer rules in force', () => ({ columns, rows }));
        }
        const limit = options.limit === undefined ? undefined : Number(options.limit);
        if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) throw new UserError(`--limit must be a whole number >= 1, not "${options.limit}"`);
        const list = listCustomers(db, { ...clock, kind: options.kind, sort: options.sort, limit });
        await printRows(context, options, `Customers${options.kind ? `: ${options.kind}` : ''}, as of ${isoFromDay(clock.today)}`, (format) => customerListRows(list, clock.zone, format));
      }),
    );

  customers
    .command('movement')
    .description('how many customers of each kind became which kind between two periods, with new and lost')
    .addOption(dbOption())
    .addOption(formatOption(LIST_FORMATS))
    .addOption(outOption())
    .action((options: PeriodOptions) =>
      context.readStore(options, async (db) => {
        const clock = customerClock(db, context.io);
        const { period, earlier } = periods(options, clock, readSettings(db).week_start);
        const movement = customerMovement(db, { earlierEnd: endOfDay(earlier.toDay, clock.zone), laterEnd: endOfDay(period.toDay, clock.zone), zone: clock.zone, rules: clock.rules });
        await printRows(context, options, `Customer movement: kinds at the end of ${describeSpan(earlier)} (rows) and of ${describeSpan(period)} (columns)`, () => movementRows(movement));
      }),
    );

  customers
    .command('pillars')
    .description('attract, keep, win back: new, retained, lost, won back, service-recovery rate and silent defection over a period')
    .addOption(dbOption())
    .addOption(formatOption(LIST_FORMATS))
    .addOption(outOption())
    .action((options: PeriodOptions) =>
      context.readStore(options, async (db) => {
        const clock = customerClock(db, context.io);
        const { period, earlier } = periods(options, clock, readSettings(db).week_start);
        const span = (p: Period) => ({ fromAt: startOfDay(p.fromDay, clock.zone), toAt: endOfDay(p.toDay, clock.zone) });
        const pillars = customerPillars(db, { period: span(period), previous: span(earlier), zone: clock.zone, rules: clock.rules });
        await printRows(context, options, `Attract, keep, win back: ${describeSpan(period)} against ${describeSpan(earlier)}`, (format) => pillarRows(pillars, format));
      }),
    );

  customers
    .command('defectors')
    .description('customers who had a bad experience and have neither complained nor been in contact since, for defect_after_days')
    .option('--since <date>', 'bad experiences on or after this day (default: the trust window)')
    .addOption(asOfOption())
    .addOption(dbOption())
    .addOption(formatOption(LIST_FORMATS))
    .addOption(outOption())
    .action((options: ListOptions & { since?: string; asOf?: string }) =>
      context.readStore(options, async (db) => {
        const clock = customerClock(db, context.io, options.asOf);
        const sinceAt = options.since === undefined ? undefined : startOfDay(parseDay(options.since, clock.today, '--since'), clock.zone);
        const defectors = findDefectors(loadCustomerRecords(db, clock).values(), clock.rules, clock.asOf, sinceAt);
        await printRows(context, options, `Silent defectors, as of ${isoFromDay(clock.today)}`, (format) => defectorRows(defectors, clock.zone, format));
      }),
    );

  customers
    .command('outreach')
    .description('whom to call proactively, lowest trust first, as CSV a dialler can load: defectors, detractors, hostages in debit; never do-not-contact or fired')
    .addOption(asOfOption())
    .addOption(dbOption())
    .addOption(formatOption(['csv', 'table', 'json', 'md', 'html']))
    .addOption(outOption())
    .action((options: ListOptions & { asOf?: string }) =>
      context.readStore(options, async (db) => {
        const clock = customerClock(db, context.io, options.asOf);
        const rows = outreachList(loadCustomerRecords(db, clock).values(), clock.rules, clock.asOf);
        await printRows(context, { ...options, format: options.format ?? 'csv' }, `Whom to call, as of ${isoFromDay(clock.today)}`, (format) => outreachRows(rows, clock.zone, format));
      }),
    );

  for (const command of customers.commands.filter((sub) => sub.name() === 'movement' || sub.name() === 'pillars')) {
    for (const option of monthlyFirst()) command.addOption(option);
  }
}
