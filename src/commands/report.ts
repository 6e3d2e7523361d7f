import { Option, type Command } from 'commander';
import { buildCallReport } from '../core/report/build.js';
import { DIMENSIONS, type Dimension } from '../core/report/dimension.js';
import { reportPeriod } from '../core/report/period.js';
import { anyTargetMissed } from '../core/targets/evaluate.js';
import { describePeriod, previousPeriod } from '../core/time/period.js';
import { readSettings } from '../db/settings.js';
import { ExitCode } from '../errors.js';
import { now } from '../io/io.js';
import { renderCallReport } from '../io/render/report/index.js';
import { customerSection } from './report-customers.js';
import type { CommandContext } from './context.js';
import { dbOption, formatOption, noColorOption, periodOptions, type CommonOptions, type PeriodFlags } from './options.js';

interface ReportOptions extends CommonOptions, PeriodFlags {
  by?: Dimension;
  compare?: boolean;
  explain?: boolean;
  failOnBreach?: boolean;
  customers?: boolean;
}

export function registerReport(program: Command, context: CommandContext): void {
  const command = program
    .command('report')
    .description('service KPIs of a period (abandon rate, ASA, service level, AHT, repeat contacts …) against the targets');
  for (const option of periodOptions()) command.addOption(option);
  command
    .addOption(new Option('--by <dimension>', 'one row per group').choices(DIMENSIONS))
    .option('--compare', 'add the previous period of the same length and the change of each KPI')
    .option('--explain', "print each KPI's definition and the parameters used below the table")
    .option('--fail-on-breach', 'exit 2 when any KPI misses its target, the period has no calls or the newest call is older than stale_after_hours')
    .option('--customers', 'add the customers section: new, retained, lost, won back, service recovery and silent defection (docs/customers.md)')
    .addOption(formatOption())
    .addOption(dbOption())
    .addOption(noColorOption())
    .addHelpText('after', '\nExamples:\n  svc report --weekly --compare --by day\n  svc report --from 2026-11-01 --to 2026-11-30 --format json')
    .action((options: ReportOptions) =>
      context.withStore(options, (db) => {
        const at = now(context.io);
        const period = reportPeriod(options, readSettings(db), at);
        const callReport = buildCallReport(db, { period, by: options.by, compare: options.compare === true, now: at });
        const withCustomers = options.customers ? customerSection.add(db, context.io, period, callReport) : undefined;
        const report = withCustomers ?? callReport;
        const colour = context.colour(options);
        const rendered = renderCallReport(report, options.format ?? 'table', {
          by: options.by,
          previousPeriod: options.compare ? describePeriod(previousPeriod(period)) : null,
          explain: options.explain === true,
          borders: context.borders(),
          paint: { met: colour.green, missed: colour.red.bold },
        });
        context.out(rendered.out + (withCustomers ? customerSection.render(withCustomers, options.format ?? 'table', context.borders()) : ''));
        if (rendered.err !== '') context.err(rendered.err);
        if (options.failOnBreach && (anyTargetMissed(report.targets) || report.data_attention.length > 0)) context.exitCode = ExitCode.breach;
      }),
    );
}
