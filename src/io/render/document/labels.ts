import { messages } from '../../../i18n/messages.js';

/** The few words a renderer adds of its own, in the document's language. */
export interface RenderLabels {
  note: string;
  yes: string;
  no: string;
  better: string;
  worse: string;
  noRows: string;
}

export function renderLabels(lang: string | undefined): RenderLabels {
  const words = messages(lang === 'he' ? 'he' : 'en');
  return {
    note: words.t('render.note'),
    yes: words.t('render.yes'),
    no: words.t('render.no'),
    better: words.t('render.better'),
    worse: words.t('render.worse'),
    noRows: words.t('render.noRows'),
  };
}

export const ENGLISH_LABELS = renderLabels('en');
