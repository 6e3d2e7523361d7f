import { findInstrument } from '../../core/survey/find.js';
import { localText } from '../../core/survey/lang.js';
import { questionsOf } from '../../core/survey/questions.js';
import { messages } from '../../i18n/messages.js';
import { renderRows } from '../../io/render/index.js';
import type { CommandContext } from '../context.js';
import type { CommonOptions } from '../options.js';
import { sessionLanguage } from '../session-language.js';

export function run(context: CommandContext, id: string, options: CommonOptions & { lang?: string }) {
  return context.readSession(options, ({ store: db, settings }) => {
    const lang = sessionLanguage(options.lang, settings, context.io);
    const instrument = findInstrument(db, id);
    // Scripts read keys and ids; a person reads the headers and dimension names in the chosen language.
    const forPeople = options.format === 'table' || options.format === 'md' || options.format === undefined;
    const words = messages(lang);
    const dimensionName = (dimension: string | undefined) => {
      const found = instrument.dimensions.find((candidate) => candidate.id === dimension);
      return dimension === undefined ? null : forPeople && found ? (localText(found.title, lang).split(':')[0] as string) : dimension;
    };
    const rows = questionsOf(instrument).map((question) => ({
      column: question.key,
      answer: question.path,
      dimension: dimensionName(question.item.dimension),
      scale: `${question.item.scale.min}–${question.item.scale.max}`,
      reverse: question.item.reverse,
      optional: question.item.optional,
      text: localText(question.item.text, lang),
    }));
    const keys = ['column', 'answer', 'dimension', 'scale', 'reverse', 'optional', 'text'] as const;
    const columns = keys.map((key) => ({ key, header: forPeople ? words.t(`survey.header.${key}`) : key }));
    context.out(renderRows(options.format ?? 'table', { columns, rows }, context.terminal({})));
  });
}
