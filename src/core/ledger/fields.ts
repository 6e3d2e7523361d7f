import { UserError } from '../../errors.js';
import { parseWhen } from '../time/when.js';
import type { Zone } from '../time/zone.js';

/** What reading a ledger entry from options or a CSV row needs to know. */
export interface EntryContext {
  now: number;
  zone: Zone;
  /** Who records it when the entry does not say (the operating-system user). */
  by: string;
  /** How each field is named in messages: `--due` on the command line, `due` in a file. */
  label(field: string): string;
  /** False for a file's values: phrases such as "next week" are for people typing, not for files. */
  phrases?: boolean;
}

/** A required identifier such as a customer id: kept as text, leading zeros and `+` intact. */
export function requiredId(value: string | undefined, field: string, context: EntryContext): string {
  const text = value?.trim();
  if (!text) throw new UserError(`${context.label(field)} is missing`);
  return text;
}

export function optionalId(value: string | undefined): string | null {
  const text = value?.trim();
  return text ? text : null;
}

/** When it was said: now unless given, never in the future. */
export function saidAt(value: string | undefined, field: string, context: EntryContext): number {
  if (value === undefined || value.trim() === '') return context.now;
  const at = parseWhen(value, { now: context.now, zone: context.zone, dayEdge: 'start', direction: 'past', what: context.label(field), phrases: context.phrases });
  if (at > context.now) throw new UserError(`${context.label(field)} "${value}" is in the future`);
  return at;
}
