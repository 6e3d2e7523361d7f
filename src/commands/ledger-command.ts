import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { saidAt } from '../core/ledger/fields.js';
import { periodWindow, type Window } from '../core/ledger/window.js';
import { resolvePeriod } from '../core/time/period.js';
import { UserError } from '../errors.js';
import type { Io } from '../io/io.js';
import type { PeriodFlags } from './options.js';
import type { LedgerClock, Session } from './session.js';

/** When a change happened: now, or an earlier time given with --at (never after now). */
export function changedAt(text: string | undefined, clock: LedgerClock): number {
  return saidAt(text, 'at', { ...clock, by: '', label: optionLabel });
}

/** How a field is named in a message about a command line. */
export function optionLabel(field: string): string {
  const names: Record<string, string> = { promise: 'the promise', description: 'the description', madeAt: '--at', receivedAt: '--at' };
  return names[field] ?? `--${field.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

export function entryId(text: string, what: 'commitment' | 'complaint'): number {
  const list = `svc ${what === 'commitment' ? 'commit' : what} list`;
  if (!/^\d+$/.test(text.trim())) throw new UserError(`"${text}" is not a ${what} id`, `ids are whole numbers; ${list} shows them`);
  // Beyond 2^53 a number is rounded: say the id as it was typed, not a neighbour of it.
  if (!Number.isSafeInteger(Number(text))) throw new UserError(`no ${what} ${text.trim()}`, `${list} shows the ids`);
  return Number(text);
}

export function readText(io: Io, file: string): string {
  try {
    return readFileSync(resolve(io.cwd, file), 'utf8');
  } catch (error) {
    throw new UserError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
}

/** The period asked for as instants, or undefined when no period option was given. */
export function askedWindow(session: Session, flags: PeriodFlags): Window | undefined {
  if (!flags.daily && !flags.weekly && !flags.monthly && flags.from === undefined && flags.to === undefined) return undefined;
  return periodWindow(resolvePeriod(flags, session.today, session.settings.week_start), session.zone);
}
