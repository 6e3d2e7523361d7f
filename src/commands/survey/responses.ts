import { periodWindow } from '../../core/ledger/window.js';
import { surveyPeriod } from '../../core/survey/default-period.js';
import { surveyResponses } from '../../core/survey/responses.js';
import type { NpsBand } from '../../core/survey/nps-band.js';
import { messages } from '../../i18n/messages.js';
import { surveyResponsesView } from '../../io/render/views/survey-responses.js';
import type { CommandContext } from '../context.js';
import type { CommonOptions, PeriodFlags } from '../options.js';
import { sessionLanguage } from '../session-language.js';

export function run(context: CommandContext, instrument: string | undefined, options: CommonOptions & PeriodFlags & { comments?: boolean; band?: NpsBand; lang?: string }) {
  return context.readSession(options, async ({ store: db, clock, settings }) => {
    const period = surveyPeriod(options, clock.zone.localDay(clock.now), settings.week_start);
    const rows = surveyResponses(db, { window: periodWindow(period, clock.zone), instrument, comments: options.comments, band: options.band });
    const words = messages(sessionLanguage(options.lang, settings, context.io));
    await context.print(surveyResponsesView(rows, clock.zone, words, 'survey.responses.none'), options.format ?? 'table', options);
  });
}
