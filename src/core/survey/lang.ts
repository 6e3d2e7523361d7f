import { UserError } from '../../errors.js';

export const LANGS = ['en', 'he'] as const;
export type Lang = (typeof LANGS)[number];

/** Wording in one or more languages; at least one is present. */
export type LocalText = Partial<Record<Lang, string>>;

export function assertLang(text: string): Lang {
  if (!(LANGS as readonly string[]).includes(text)) throw new UserError(`--lang must be en or he, not "${text}"`);
  return text as Lang;
}

/** The locale's language when it is one of ours (LC_ALL, then LC_MESSAGES, then LANG), else English. */
export function langFromLocale(env: Record<string, string | undefined>): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  // 'iw' is the older ISO 639 code for Hebrew, still seen in some locales.
  return /^(he|iw)([_.@-]|$)/i.test(locale) ? 'he' : 'en';
}

/** The text in the asked language, else in whichever language it has. */
export function localText(text: LocalText, lang: Lang): string {
  return text[lang] ?? text.en ?? text.he ?? '';
}
