import { UserError } from '../../errors.js';
import type { Store } from '../../db/open.js';
import { storedInstrument, storedInstruments } from '../../db/surveys.js';
import { BUILTIN_INSTRUMENTS, builtinInstrument } from './builtin.js';
import { parseInstrument } from './define.js';
import type { Instrument } from './instrument.js';

/** A built-in instrument, or one defined with `svc survey define`. */
export function findInstrument(db: Store, id: string): Instrument {
  const builtin = builtinInstrument(id);
  if (builtin) return builtin;
  const stored = storedInstrument(db, id);
  if (stored) return parseInstrument(JSON.parse(stored.definition), `instrument ${id}`);
  const ids = allInstrumentIds(db).join(', ');
  const command = 'svc survey define FILE';
  throw new UserError(`unknown instrument "${id}"`, `instruments are: ${ids}; define one with ${command}`, {
    key: 'error.unknownInstrument',
    params: { id },
    hintKey: 'error.unknownInstrument.hint',
    hintParams: { ids, command },
  });
}

export function allInstruments(db: Store): Instrument[] {
  return [...BUILTIN_INSTRUMENTS, ...storedInstruments(db).map((stored) => parseInstrument(JSON.parse(stored.definition), `instrument ${stored.id}`))];
}

function allInstrumentIds(db: Store): string[] {
  return [...BUILTIN_INSTRUMENTS.map((instrument) => instrument.id), ...storedInstruments(db).map((stored) => stored.id)];
}
