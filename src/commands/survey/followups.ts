import { verbatim } from '../../core/ledger/text.js';
import { closeFollowup, openFollowups } from '../../core/survey/followups.js';
import { UserError } from '../../errors.js';
import { messages } from '../../i18n/messages.js';
import { followupClosed } from '../../io/render/views/confirmations/listening.js';
import { surveyResponsesView } from '../../io/render/views/survey-responses.js';
import type { CommandContext } from '../context.js';
import type { CommonOptions } from '../options.js';
import { sessionLanguage } from '../session-language.js';

export function run(context: CommandContext, options: CommonOptions & { close?: string; note?: string; by?: string; lang?: string }) {
  return context.withSession(options, async ({ store: db, clock, user, settings }) => {
    const words = messages(sessionLanguage(options.lang, settings, context.io));
    if (options.close === undefined) {
      if (options.note !== undefined) throw new UserError('--note goes with --close', undefined, { key: 'error.noteWithoutClose', params: { note: '--note', close: '--close' } });
      await context.print(surveyResponsesView(openFollowups(db), clock.zone, words, 'survey.followups.none'), options.format ?? 'table', options);
      return;
    }
    if (!/^\d+$/.test(options.close.trim())) throw new UserError(`--close "${options.close}" is not a response id`, 'svc survey followups lists the open ones with their ids', {
        key: 'error.notResponseId',
        params: { value: options.close },
        hintKey: 'error.notResponseId.hint',
        hintParams: { command: 'svc survey followups' },
      });
    const note = options.note === undefined ? null : verbatim(options.note, '--note');
    const commitment = closeFollowup(db, Number(options.close), { now: clock.now, by: options.by ?? user, note });
    context.confirm(options, followupClosed(Number(options.close), commitment, clock.now, clock.zone, words));
  });
}
