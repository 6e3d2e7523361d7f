import { allInstruments } from '../../core/survey/find.js';
import { responseCounts } from '../../db/surveys.js';
import { messages } from '../../i18n/messages.js';
import { listDocument } from '../../io/render/views/list-page.js';
import { surveyListView } from '../../io/render/views/survey-list.js';
import { printList } from '../print-rows.js';
import type { CommandContext } from '../context.js';
import type { CommonOptions } from '../options.js';
import { sessionLanguage } from '../session-language.js';

export function run(context: CommandContext, options: CommonOptions & { lang?: string }) {
  return context.readSession(options, async ({ store: db, settings }) => {
    const format = options.format ?? 'table';
    const words = messages(sessionLanguage(options.lang, settings, context.io));
    const view = surveyListView(allInstruments(db), responseCounts(db), words, format === 'table' || format === 'md');
    await printList(context, options, { ...listDocument(words.t('survey.list.pageTitle'), view), lang: words.lang });
  });
}
