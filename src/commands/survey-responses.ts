import { Option, type Command } from 'commander';
import { surveyPeriod } from '../core/survey/default-period.js';
import { closeFollowup, openFollowups } from '../core/survey/followups.js';
import { NPS_BANDS, surveyResponses, type NpsBand } from '../core/survey/responses.js';
import { periodWindow } from '../core/ledger/window.js';
import { verbatim } from '../core/ledger/text.js';
import { readSettings } from '../db/settings.js';
import { UserError } from '../errors.js';
import { surveyResponsesView } from '../io/render/views/survey-responses.js';
import { messages } from '../i18n/messages.js';
import { sessionLanguage } from './session-language.js';
import type { CommandContext } from './context.js';
import { ledgerClock, operatingUser } from './ledger-clock.js';
import { byOption } from './ledger-command.js';
import { dbOption, formatOption, periodOptions, type CommonOptions, type PeriodFlags } from './options.js';

const languageOption = () => new Option('--lang <lang>', 'language of the headers and bands (default: the language setting, else LANG / LC_ALL)').choices(['en', 'he']);

export function registerSurveyResponses(survey: Command, context: CommandContext): void {
  const responses = survey
    .command('responses')
    .description('the answers themselves, newest first, with their comments (default: the last 30 days including today)')
    .argument('[instrument]', 'one instrument (default: all)')
    .option('--comments', 'only answers with a comment')
    .addOption(new Option('--band <band>', 'only NPS answers in this band: detractor 0–6, passive 7–8, promoter 9–10').choices(NPS_BANDS))
    .addOption(languageOption());
  for (const option of periodOptions()) responses.addOption(option);
  responses
    .addOption(dbOption())
    .addOption(formatOption(['table', 'json', 'csv', 'md']))
    .action((instrument: string | undefined, options: CommonOptions & PeriodFlags & { comments?: boolean; band?: NpsBand; lang?: string }) =>
      context.readStore(options, async (db) => {
        const clock = ledgerClock(db, context.io);
        const settings = readSettings(db);
        const period = surveyPeriod(options, clock.zone.localDay(clock.now), settings.week_start);
        const rows = surveyResponses(db, { window: periodWindow(period, clock.zone), instrument, comments: options.comments, band: options.band });
        const words = messages(sessionLanguage(options.lang, settings, context.io));
        await context.print(surveyResponsesView(rows, clock.zone, words, 'survey.responses.none'), options.format ?? 'table', options);
      }),
    );

  survey
    .command('followups')
    .description("detractors' answers (NPS 0–6) not yet followed up, oldest first: whom to call back; --close records the call back")
    .option('--close <response-id>', 'record that the customer was called back: a commitment to them, kept now')
    .option('--note <text>', 'with --close: what was said or done')
    .addOption(byOption())
    .addOption(languageOption())
    .addOption(dbOption())
    .addOption(formatOption(['table', 'json', 'csv', 'md']))
    .action((options: CommonOptions & { close?: string; note?: string; by?: string; lang?: string }) =>
      context.withStore(options, async (db) => {
        const clock = ledgerClock(db, context.io);
        const words = messages(sessionLanguage(options.lang, readSettings(db), context.io));
        if (options.close === undefined) {
          if (options.note !== undefined) throw new UserError('--note goes with --close');
          await context.print(surveyResponsesView(openFollowups(db), clock.zone, words, 'survey.followups.none'), options.format ?? 'table', options);
          return;
        }
        if (!/^\d+$/.test(options.close.trim())) throw new UserError(`--close "${options.close}" is not a response id`, 'svc survey followups lists the open ones with their ids');
        const note = options.note === undefined ? null : verbatim(options.note, '--note');
        const commitment = closeFollowup(db, Number(options.close), { now: clock.now, by: options.by ?? operatingUser(context.io), note });
        context.out(`${commitment}\n`);
        context.err(`${words.t('survey.followups.closed', { id: options.close.trim(), commitment })}\n`);
      }),
    );
}
