import type { MessageKey, Messages } from '../../../i18n/messages.js';
import type { Column } from '../tabular.js';

/**
 * A list's columns: a person (table, md) reads each header from the catalogue (`PREFIX.KEY`) in
 * the chosen language; otherwise the English header. CSV and JSON are keyed by `key` in any language.
 */
export function listColumns(keys: readonly string[], options: { prefix: string; words: Messages; people: boolean; english: (key: string) => string; right: readonly string[] }): Column[] {
  return keys.map((key) => ({
    key,
    header: options.people ? options.words.t(`${options.prefix}.${key}` as MessageKey) : options.english(key),
    align: options.right.includes(key) ? ('right' as const) : undefined,
  }));
}
