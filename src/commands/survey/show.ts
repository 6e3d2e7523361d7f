import { findInstrument } from '../../core/survey/find.js';
import { messages } from '../../i18n/messages.js';
import { surveyQuestionsView } from '../../io/render/views/survey-questions.js';
import type { CommandContext } from '../context.js';
import type { CommonOptions } from '../options.js';
import { sessionLanguage } from '../session-language.js';

export function run(context: CommandContext, id: string, options: CommonOptions & { lang?: string }) {
  return context.readSession(options, async ({ store: db, settings }) => {
    const words = messages(sessionLanguage(options.lang, settings, context.io));
    await context.print(surveyQuestionsView(findInstrument(db, id), words), options.format ?? 'table', options);
  });
}
