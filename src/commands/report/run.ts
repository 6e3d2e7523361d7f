import { buildCallReport } from '../../core/report/build.js';
import type { Dimension } from '../../core/report/dimension.js';
import { reportPeriod } from '../../core/report/period.js';
import { anyTargetMissed } from '../../core/targets/evaluate.js';
import { describePeriod, previousPeriod } from '../../core/time/period.js';
import { ExitCode } from '../../errors.js';
import { eventNotes } from '../../io/render/event-notes.js';
import { buildReportCharts } from '../../core/report/charts.js';
import { buildKpiTrend } from '../../core/report/trend.js';
import { coverageNotes } from '../../io/render/report/coverage-lines.js';
import { renderExplain } from '../../io/render/report/explain.js';
import { reportView } from '../../io/render/views/report.js';
import { customerSection } from './customer-section.js';
import type { CommandContext } from '../context.js';
import type { CommonOptions, PeriodFlags } from '../options.js';

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

export function run(context: CommandContext, options: ReportOptions) {
  return context.readSession(options, async (session) => {
    const { store: db, at, settings, zone } = session;
    const format = options.format ?? 'table';
    const forPeople = format === 'table' || format === 'md' || format === 'html';
    const period = reportPeriod(options, settings, at);
    const callReport = buildCallReport(db, { period, by: options.by, compare: options.compare === true, now: at, groupCustomers: !forPeople });
    const withCustomers = options.customers ? customerSection.add(session, period, callReport) : undefined;
    const report = withCustomers ?? callReport;
    const document = reportView(report, {
      by: options.by,
      previousPeriod: options.compare ? describePeriod(previousPeriod(period)) : null,
      trend: callReport.previous !== null && forPeople ? buildKpiTrend(db, period, TREND_PERIODS, { previous: callReport.previous, current: callReport.totals }) : null,
      explain: options.explain === true && forPeople,
      charts: format === 'html' ? buildReportCharts(db, period, { now: Math.floor(at.getTime() / 1000), events: report.events }) : null,
    });
    if (withCustomers) document.blocks.push(customerSection.block(withCustomers));
    await context.print(document, format, options);
    // A data format stays one document on stdout: what limits the numbers and the definitions go to stderr.
    if (format === 'csv') context.err(coverageNotes(report).map((note) => `${note}\n`).join(''));
    if (options.explain && !forPeople) context.err(renderExplain(report, 'text'));
    if (format === 'table' || format === 'md') context.err(eventNotes(report.events, zone));
    if (options.failOnBreach && (anyTargetMissed(report.targets) || report.data_attention.length > 0)) context.exitCode = ExitCode.breach;
  });
}
