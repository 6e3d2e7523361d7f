import { assertLang, langFromLocale, type Lang } from '../core/survey/lang.js';
import type { Settings } from '../core/settings.js';
import type { Io } from '../io/io.js';
import { messages, type Messages } from '../i18n/messages.js';

/** --lang, else the store's language setting, else the locale's language, else English. */
export function sessionLanguage(flag: string | undefined, settings: Settings, io: Io): Lang {
  if (flag !== undefined) return assertLang(flag);
  if (settings.language !== 'auto') return settings.language;
  return langFromLocale(io.env);
}

/** The messages of that language, values isolated in Hebrew. */
export function sessionMessages(flag: string | undefined, settings: Settings, io: Io): Messages {
  return messages(sessionLanguage(flag, settings, io));
}
