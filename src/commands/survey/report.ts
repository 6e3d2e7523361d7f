import { surveyPeriod } from '../../core/survey/default-period.js';
import { buildSurveyReport, type SurveyBreakdown } from '../../core/survey/report.js';
import { Zone } from '../../core/time/zone.js';
import { readSettings } from '../../db/settings.js';
import { responseSpans } from '../../db/surveys.js';
import { now } from '../../io/io.js';
import type { Format } from '../../io/render/index.js';
import { renderSurveyReport, surveyReportView } from '../../io/render/survey-report.js';
import { whereTheAnswersAre } from '../../io/render/survey-spans.js';
import type { CommandContext } from '../context.js';
import type { CommonOptions, PeriodFlags } from '../options.js';

type ReportOptions = Omit<CommonOptions, 'format'> & PeriodFlags & { format?: Format | 'html'; out?: string; by?: SurveyBreakdown; compare?: boolean };

export function run(context: CommandContext, id: string | undefined, options: ReportOptions) {
  const unixNow = () => Math.floor(now(context.io).getTime() / 1000);
  return context.readStore(options, async (db) => {
    const settings = readSettings(db);
    const zone = new Zone(settings.timezone);
    const period = surveyPeriod(options, zone.localDay(unixNow()), settings.week_start);
    const report = buildSurveyReport(db, { period, zone, compare: options.compare === true, by: options.by, instrument: id });
    if (report.instruments.length === 0) context.err(whereTheAnswersAre(responseSpans(db), zone));
    for (const instrument of report.instruments) for (const warning of instrument.warnings) context.err(`Warning: ${warning}\n`);
    if (options.format === 'html') await context.print(surveyReportView(report), 'html', options);
    else context.out(renderSurveyReport(report, options.format ?? 'table', context.terminal({})));
  });
}
