import { Option, type Command } from 'commander';
import { surveyPeriod } from '../core/survey/default-period.js';
import { closeFollowup, openFollowups } from '../core/survey/followups.js';
import { NPS_BANDS, surveyResponses, type NpsBand, type SurveyResponseRow } from '../core/survey/responses.js';
import { periodWindow } from '../core/ledger/window.js';
import { verbatim } from '../core/ledger/text.js';
import type { Zone } from '../core/time/zone.js';
import { readSettings } from '../db/settings.js';
import { UserError } from '../errors.js';
import { renderRows, type Format } from '../io/render/index.js';
import { localIso, localTime } from '../io/render/instant.js';
import type { CommandContext } from './context.js';
import { ledgerClock, operatingUser } from './ledger-clock.js';
import { byOption } from './ledger-command.js';
import { followupClosed } from '../io/render/views/confirmations/listening.js';
import { dbOption, formatOption, periodOptions, writeQuietOption, type CommonOptions, type PeriodFlags } from './options.js';

const COLUMNS = ['id', 'responded_at', 'instrument', 'customer', 'call', 'score', 'band', 'comment', 'followed_up'];

function responseRows(responses: readonly SurveyResponseRow[], zone: Zone, format: Format) {
  const forPeople = format === 'table' || format === 'md';
  return {
    columns: COLUMNS.map((key) => ({ key, header: key === 'followed_up' ? 'followed up (commitment)' : key.replace('_', ' '), align: key === 'id' || key === 'score' ? ('right' as const) : undefined })),
    rows: responses.map((response) => ({
      id: response.id,
      responded_at: forPeople ? localTime(response.respondedAt, zone) : localIso(response.respondedAt, zone),
      instrument: response.instrument,
      customer: response.customer,
      call: response.callKey,
      score: response.score,
      band: response.band,
      comment: response.comment,
      followed_up: response.followupCommitment,
    })),
  };
}

export function registerSurveyResponses(survey: Command, context: CommandContext): void {
  const responses = survey
    .command('responses')
    .description('the answers themselves, newest first, with their comments (default: the last 30 days including today)')
    .argument('[instrument]', 'one instrument (default: all)')
    .option('--comments', 'only answers with a comment')
    .addOption(new Option('--band <band>', 'only NPS answers in this band: detractor 0–6, passive 7–8, promoter 9–10').choices(NPS_BANDS));
  for (const option of periodOptions()) responses.addOption(option);
  responses
    .addOption(dbOption())
    .addOption(formatOption(['table', 'json', 'csv', 'md']))
    .action((instrument: string | undefined, options: CommonOptions & PeriodFlags & { comments?: boolean; band?: NpsBand }) =>
      context.readStore(options, (db) => {
        const clock = ledgerClock(db, context.io);
        const period = surveyPeriod(options, clock.zone.localDay(clock.now), readSettings(db).week_start);
        const rows = surveyResponses(db, { window: periodWindow(period, clock.zone), instrument, comments: options.comments, band: options.band });
        const format = options.format ?? 'table';
        context.out(renderRows(format, { ...responseRows(rows, clock.zone, format), empty: 'No survey responses match in this period: svc survey list shows how many each instrument has.' }, context.terminal({})));
      }),
    );

  survey
    .command('followups')
    .description("detractors' answers (NPS 0–6) not yet followed up, oldest first: whom to call back; --close records the call back")
    .option('--close <response-id>', 'record that the customer was called back: a commitment to them, kept now')
    .option('--note <text>', 'with --close: what was said or done')
    .addOption(byOption())
    .addOption(dbOption())
    .addOption(formatOption(['table', 'json', 'csv', 'md']))
    .addOption(writeQuietOption())
    .action((options: CommonOptions & { close?: string; note?: string; by?: string }) =>
      context.withStore(options, (db) => {
        const clock = ledgerClock(db, context.io);
        if (options.close === undefined) {
          if (options.note !== undefined) throw new UserError('--note goes with --close');
          const format = options.format ?? 'table';
          const data = { ...responseRows(openFollowups(db), clock.zone, format), empty: 'No detractor is waiting for a call back.' };
          context.out(renderRows(format, data, context.terminal({})));
          return;
        }
        if (!/^\d+$/.test(options.close.trim())) throw new UserError(`--close "${options.close}" is not a response id`, 'svc survey followups lists the open ones with their ids');
        const note = options.note === undefined ? null : verbatim(options.note, '--note');
        const commitment = closeFollowup(db, Number(options.close), { now: clock.now, by: options.by ?? operatingUser(context.io), note });
        context.confirm(options, followupClosed(Number(options.close), commitment, clock.now, clock.zone));
      }),
    );
}
