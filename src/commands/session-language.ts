import type { Settings } from '../core/settings.js';
import type { Io } from '../io/io.js';
import { messages, type Messages } from '../i18n/messages.js';
import { sessionLanguage } from './spoken-language.js';

// The language itself lives apart from the message catalogues, which the CLI's start need not read.
export { sessionLanguage, spokenLanguage } from './spoken-language.js';

/** The messages of that language, values isolated in Hebrew. */
export function sessionMessages(flag: string | undefined, settings: Settings, io: Io): Messages {
  return messages(sessionLanguage(flag, settings, io));
}
