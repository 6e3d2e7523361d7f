import { assertLang, langFromLocale, type Lang } from '../core/survey/lang.js';
import type { Settings } from '../core/settings.js';
import type { Io } from '../io/io.js';

/** The language each command run has settled on, so that its errors are told in it too. */
const spoken = new WeakMap<Io, Lang>();

/** --lang, else the store's language setting, else the locale's language, else English. */
export function sessionLanguage(flag: string | undefined, settings: Settings, io: Io): Lang {
  const lang = flag !== undefined ? assertLang(flag) : settings.language !== 'auto' ? settings.language : langFromLocale(io.env);
  spoken.set(io, lang);
  return lang;
}

/** The language the run settled on, or, when it failed before that, the one its --lang asked for. */
export function spokenLanguage(io: Io, argv: readonly string[]): Lang {
  const settled = spoken.get(io);
  if (settled !== undefined) return settled;
  const at = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const flag = argv[at];
  const asked = flag === undefined ? undefined : flag === '--lang' ? argv[at + 1] : flag.slice('--lang='.length);
  return asked === 'he' ? 'he' : 'en';
}
