import { Option, type Command } from 'commander';
import { buildCallReport } from '../core/report/build.js';
import { DIMENSIONS, type Dimension } from '../core/report/dimension.js';
import { reportPeriod } from '../core/report/period.js';
import { anyTargetMissed } from '../core/targets/evaluate.js';
import { describePeriod, previousPeriod } from '../core/time/period.js';
import { readSettings } from '../db/settings.js';
import { ExitCode } from '../errors.js';
import { now } from '../io/io.js';
import { eventNotes } from '../io/render/event-notes.js';
import { Zone } from '../core/time/zone.js';
import { buildReportCharts } from '../core/report/charts.js';
import { buildKpiTrend } from '../core/report/trend.js';
import { coverageNotes } from '../io/render/report/coverage-lines.js';
import { renderExplain } from '../io/render/report/explain.js';
import { reportView } from '../io/render/views/report.js';
import { customerSection } from './report-customers.js';
import type { CommandContext } from './context.js';
import { dbOption, formatOption, noColorOption, outOption, periodOptions, type CommonOptions, type PeriodFlags } from './options.js';

interface ReportOptions extends Omit<CommonOptions, 'format'>, PeriodFlags {
  format?: 'table' | 'json' | 'csv' | 'md' | 'html';
  by?: Dimension;
  compare?: boolean;
  explain?: boolean;
  failOnBreach?: boolean;
  out?: string;
  customers?: boolean;
}

/** Sparklines draw this many periods, the current one last. */
const TREND_PERIODS = 8;

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
    .addOption(formatOption(['table', 'json', 'csv', 'md', 'html']))
    .addOption(outOption())
    .addOption(dbOption())
    .addOption(noColorOption())
    .addHelpText('after', '\nExamples:\n  svc report --weekly --compare --by day\n  svc report --from 2026-11-01 --to 2026-11-30 --format json')
    .action((options: ReportOptions) =>
      context.readStore(options, async (db) => {
        const at = now(context.io);
        const format = options.format ?? 'table';
        const forPeople = format === 'table' || format === 'md' || format === 'html';
        const period = reportPeriod(options, readSettings(db), at);
        const callReport = buildCallReport(db, { period, by: options.by, compare: options.compare === true, now: at });
        const withCustomers = options.customers ? customerSection.add(db, context.io, period, callReport) : undefined;
        const report = withCustomers ?? callReport;
        const document = reportView(report, {
          by: options.by,
          previousPeriod: options.compare ? describePeriod(previousPeriod(period)) : null,
          trend: options.compare && forPeople ? buildKpiTrend(db, period, TREND_PERIODS) : null,
          explain: options.explain === true && forPeople,
          charts: format === 'html' ? buildReportCharts(db, period, { now: Math.floor(at.getTime() / 1000), events: report.events }) : null,
        });
        await context.print(document, format, options);
        if (withCustomers && (format === 'table' || format === 'md')) context.out(customerSection.render(withCustomers, format, context.terminal({})));
        // A data format stays one document on stdout: what limits the numbers and the definitions go to stderr.
        if (format === 'csv') context.err(coverageNotes(report).map((note) => `${note}\n`).join(''));
        if (options.explain && !forPeople) context.err(renderExplain(report, 'text'));
        if (format === 'table' || format === 'md') context.err(eventNotes(report.events, new Zone(readSettings(db).timezone)));
        if (options.failOnBreach && (anyTargetMissed(report.targets) || report.data_attention.length > 0)) context.exitCode = ExitCode.breach;
      }),
    );
}
