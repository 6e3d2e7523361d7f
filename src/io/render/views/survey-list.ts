import type { Instrument } from '../../../core/survey/instrument.js';
import { localText } from '../../../core/survey/lang.js';
import type { Messages } from '../../../i18n/messages.js';
import type { Tabular } from '../tabular.js';

const KEYS = ['id', 'kind', 'title', 'items', 'responses'] as const;
const COUNTS: readonly string[] = ['items', 'responses'];

/** The instruments with their response counts: a person reads headers, kinds and titles in the chosen language; a script reads keys and ids. */
export function surveyListView(instruments: readonly Instrument[], counts: ReadonlyMap<string, number>, words: Messages, people: boolean): Tabular {
  return {
    columns: KEYS.map((key) => ({ key, header: people ? words.t(`survey.list.${key}`) : key, align: COUNTS.includes(key) ? ('right' as const) : undefined })),
    rows: instruments.map((instrument) => ({
      id: instrument.id,
      kind: people ? words.t(`survey.kind.${instrument.kind}`) : instrument.kind,
      title: localText(instrument.title, words.lang),
      items: instrument.items.length,
      responses: counts.get(instrument.id) ?? 0,
    })),
  };
}
