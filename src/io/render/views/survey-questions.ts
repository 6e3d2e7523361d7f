import type { Instrument } from '../../../core/survey/instrument.js';
import { localText } from '../../../core/survey/lang.js';
import { questionsOf } from '../../../core/survey/questions.js';
import type { Messages } from '../../../i18n/messages.js';
import type { Column, Document } from '../document/model.js';

const KEYS = ['column', 'answer', 'dimension', 'scale', 'reverse', 'optional', 'text'] as const;

/** An instrument's questions: scripts read keys and ids; a person reads the headers and dimension names in the chosen language. */
export function surveyQuestionsView(instrument: Instrument, words: Messages): Document {
  const dimensionName = (dimension: string | undefined, people: boolean) => {
    const found = instrument.dimensions.find((candidate) => candidate.id === dimension);
    return dimension === undefined ? null : people && found ? (localText(found.title, words.lang).split(':')[0] as string) : dimension;
  };
  const rows = (people: boolean) =>
    questionsOf(instrument).map((question) => ({
      column: question.key,
      answer: question.path,
      dimension: dimensionName(question.item.dimension, people),
      scale: `${question.item.scale.min}–${question.item.scale.max}`,
      reverse: question.item.reverse,
      optional: question.item.optional,
      text: localText(question.item.text, words.lang),
    }));
  const columns = (people: boolean) => KEYS.map((key): Column => ({ key, label: people ? words.t(`survey.header.${key}`) : key, type: 'text' }));
  return {
    title: localText(instrument.title, words.lang),
    lang: words.lang,
    blocks: [
      { kind: 'table', key: 'questions', audience: 'people', columns: columns(true), rows: rows(true) },
      { kind: 'table', key: 'questions', audience: 'data', columns: columns(false), rows: rows(false) },
    ],
  };
}
