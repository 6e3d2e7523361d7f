import type { Lang } from './core/survey/lang.js';
import type { UserError } from './errors.js';

export interface ToldError {
  errorLabel: string;
  message: string;
  hintLabel: string;
  hint: string | undefined;
}

/**
 * A user error as the run's language tells it. English needs no catalogue (the error carries its
 * English words), so the catalogues are loaded only when another language is spoken.
 */
export async function toldInLanguage(error: UserError, lang: Lang): Promise<ToldError> {
  if (lang === 'en') return { errorLabel: 'Error:', message: error.message, hintLabel: 'Hint:', hint: error.hint };
  const { messages } = await import('./i18n/messages.js');
  const words = messages(lang);
  const { wording } = error;
  return {
    errorLabel: words.t('error.label'),
    message: wording ? words.t(wording.key as never, wording.params) : error.message,
    hintLabel: words.t('error.hintLabel'),
    hint: wording?.hintKey ? words.t(wording.hintKey as never, wording.hintParams) : error.hint,
  };
}
