import { surveyPeriod } from '../../core/survey/default-period.js';
import { buildSurveyReport, type SurveyBreakdown } from '../../core/survey/report.js';
import { responseSpans } from '../../db/surveys.js';
import type { Format } from '../../io/render/index.js';
import { renderSurveyReport, surveyReportView } from '../../io/render/survey-report.js';
import { whereTheAnswersAre } from '../../io/render/survey-spans.js';
import type { CommandContext } from '../context.js';
import type { CommonOptions, PeriodFlags } from '../options.js';

type ReportOptions = Omit<CommonOptions, 'format'> & PeriodFlags & { format?: Format | 'html'; out?: string; by?: SurveyBreakdown; compare?: boolean };

export function run(context: CommandContext, id: string | undefined, options: ReportOptions) {
  return context.readSession(options, async ({ store: db, settings, zone, today }) => {
    const period = surveyPeriod(options, today, settings.week_start);
    const report = buildSurveyReport(db, { period, zone, compare: options.compare === true, by: options.by, instrument: id });
    if (report.instruments.length === 0) context.err(whereTheAnswersAre(responseSpans(db), zone));
    for (const instrument of report.instruments) for (const warning of instrument.warnings) context.err(`Warning: ${warning}\n`);
    if (options.format === 'html') await context.print(surveyReportView(report), 'html', options);
    else context.out(renderSurveyReport(report, options.format ?? 'table', context.terminal({})));
  });
}
