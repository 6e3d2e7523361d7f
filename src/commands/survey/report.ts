import { surveyPeriod } from '../../core/survey/default-period.js';
import { buildSurveyReport } from '../../core/survey/report.js';
import type { SurveyBreakdown } from '../../core/survey/breakdown.js';
import { responseSpans } from '../../db/surveys.js';
import { messages } from '../../i18n/messages.js';
import type { Format } from '../../io/render/index.js';
import { reliabilityWarningLines, whereTheAnswersAre } from '../../io/render/survey-spans.js';
import { surveyReportView } from '../../io/render/views/survey-report.js';
import type { CommandContext } from '../context.js';
import type { CommonOptions, PeriodFlags } from '../options.js';
import { sessionLanguage } from '../session-language.js';

type ReportOptions = Omit<CommonOptions, 'format'> & PeriodFlags & { format?: Format | 'html'; out?: string; by?: SurveyBreakdown; compare?: boolean; trend?: boolean; lang?: string };

export function run(context: CommandContext, id: string | undefined, options: ReportOptions) {
  return context.readSession(options, async ({ store: db, settings, zone, today }) => {
    const words = messages(sessionLanguage(options.lang, settings, context.io));
    const period = surveyPeriod(options, today, settings.week_start);
    const trend = options.trend === true || options.format === 'html' ? { weekStart: settings.week_start } : undefined;
    const report = buildSurveyReport(db, { period, zone, compare: options.compare === true, by: options.by, instrument: id, lang: words.lang, trend });
    if (report.instruments.length === 0) context.err(whereTheAnswersAre(responseSpans(db), zone, words));
    context.err(reliabilityWarningLines(report, words));
    await context.print(surveyReportView(report, words), options.format ?? 'table', options);
  });
}
