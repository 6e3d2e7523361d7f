import { UserError } from '../../errors.js';
import type { Store } from '../../db/open.js';
import { responseCount, saveInstrument, storedInstrument } from '../../db/surveys.js';
import { parseInstrument } from './define.js';
import type { Instrument } from './instrument.js';

/**
 * Stores a custom instrument. Redefining one is allowed until it has responses: after that its
 * items are what those answers mean, so a changed version needs a new id.
 */
export function defineInstrument(db: Store, document: unknown, label: string, at: Date): { instrument: Instrument; status: 'defined' | 'redefined' | 'unchanged' } {
  const instrument = parseInstrument(document, label);
  const definition = JSON.stringify(document);
  const existing = storedInstrument(db, instrument.id);
  if (existing?.definition === definition) return { instrument, status: 'unchanged' };
  if (existing) {
    const answered = responseCount(db, instrument.id);
    if (answered > 0) {
      throw new UserError(`instrument "${instrument.id}" already has ${answered} response${answered === 1 ? '' : 's'}; its definition cannot change`, `give the new version another id, e.g. ${instrument.id}-v2`);
    }
  }
  saveInstrument(db, instrument.id, definition, at.toISOString());
  return { instrument, status: existing ? 'redefined' : 'defined' };
}
