import en from './en.json' with { type: 'json' };
import he from './he.json' with { type: 'json' };
import type { Lang } from '../core/survey/lang.js';

export type MessageKey = keyof typeof en;
export type Params = Record<string, string | number>;

/** One catalogue per language; a key missing from one is a failing test, not a silent fallback. */
export const CATALOGUES: Record<Lang, Record<string, string>> = { en, he };

/** U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE: a value keeps its own direction inside Hebrew. */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

export interface Messages {
  lang: Lang;
  t(key: MessageKey, params?: Params): string;
  /** The `.one` or `.other` form of a key by `count`. */
  plural(key: string, count: number, params?: Params): string;
}

/**
 * The messages of one language. In Hebrew every value put into a message is isolated, so a
 * number, an id or a Latin word reads in its own direction instead of jumping sides.
 */
export function messages(lang: Lang, options: { isolate?: boolean } = {}): Messages {
  const catalogue = CATALOGUES[lang];
  // Text that is stored (a SWOT item's wording and evidence) carries no isolates: only what is shown does.
  const isolated = lang === 'he' && options.isolate !== false;
  const fill = (template: string, params: Params = {}) =>
    template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      // Nothing to keep apart: an empty value leaves no stray isolates behind.
      if (value === '') return '';
      return isolated ? isolate(String(value)) : String(value);
    });
  const text = (key: string): string => catalogue[key] ?? CATALOGUES.en[key] ?? key;
  return {
    lang,
    t: (key, params) => fill(text(key), params),
    plural: (key, count, params) => fill(text(`${key}.${count === 1 ? 'one' : 'other'}`), { count, ...params }),
  };
}
