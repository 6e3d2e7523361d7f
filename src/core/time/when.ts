import { UserError } from '../../errors.js';
import { dayFromIso, isoFromDay } from './calendar.js';
import { isPhrase, parseNatural } from './natural.js';
import { parseRelative } from './relative.js';
import type { Zone } from './zone.js';

export interface WhenContext {
  /** Unix seconds, UTC. */
  now: number;
  zone: Zone;
  /** Which instant a bare day names: its first second (a receipt) or its last (a due date: "by Friday"). */
  dayEdge: 'start' | 'end';
  /** Which way a phrase without a direction leans: "friday" is the coming one for a due date, the last one for a receipt. */
  direction: 'future' | 'past';
  /** How the value is named in an error, e.g. `--due`. */
  what: string;
  /** Phrases ("next friday") are for people typing; a file's dates are read without them. */
  phrases?: boolean;
}

const HINT = 'use YYYY-MM-DD, YYYY-MM-DD HH:MM, an ISO instant, today, tomorrow, yesterday, +3d ("in 3d"), -2w ("2w ago"), +48h, or a phrase such as "next friday 17:00"';

/**
 * Reads an instant as a person writes it: ISO with an offset (exact), ISO without one (the
 * store's wall clock), a bare day or day word (one of the day's edges), a relative form with its
 * direction (`+3d`, `in 3 days`, `-2w`, `2w ago`: whole days from today; `±N h`: hours from now),
 * or a phrase ("next friday", "monday 9:00"). Returns unix seconds, UTC.
 */
export function parseWhen(text: string, context: WhenContext): number {
  const value = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const today = context.zone.localDay(context.now);
  if (value === 'now') return context.now;
  if (value === 'today') return dayEdge(today, context);
  if (value === 'tomorrow') return dayEdge(today + 1, context);
  if (value === 'yesterday') return dayEdge(today - 1, context);
  const relative = parseRelative(value, context.what, text.trim());
  if (relative) {
    if (relative.unit === 'h') return context.now + relative.amount * 3600;
    return dayEdge(today + relative.amount * (relative.unit === 'w' ? 7 : 1), context);
  }
  const day = /^(\d{4}-\d{2}-\d{2})$/.exec(value);
  if (day) return dayEdge(validDay(day[1]!, text, context), context);
  const wall = /^(\d{4}-\d{2}-\d{2})[t ](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (wall) {
    const [, date, hours, minutes, seconds] = wall;
    const clock = Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds ?? 0);
    if (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds ?? 0) > 59) throw notAWhen(text, context);
    return context.zone.utcFromWall(validDay(date!, text, context) * 86400 + clock);
  }
  if (/^\d{4}-\d{2}-\d{2}[t ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(z|[+-]\d{2}:?\d{2})$/.test(value)) {
    const ms = Date.parse(value.replace(' ', 'T').toUpperCase());
    if (Number.isFinite(ms)) return Math.floor(ms / 1000);
  }
  const natural = context.phrases !== false && isPhrase(value) ? parseNatural(value, context.zone.wallSeconds(context.now), context.direction) : undefined;
  if (natural) return natural.hasTime ? context.zone.utcFromWall(natural.wallSeconds) : dayEdge(Math.floor(natural.wallSeconds / 86400), context);
  throw notAWhen(text, context);
}

function validDay(iso: string, text: string, context: WhenContext): number {
  const day = dayFromIso(iso);
  if (!Number.isFinite(day) || isoFromDay(day) !== iso) throw notAWhen(text, context);
  return day;
}

function dayEdge(day: number, context: WhenContext): number {
  return context.dayEdge === 'start' ? context.zone.utcFromWall(day * 86400) : context.zone.utcFromWall((day + 1) * 86400) - 1;
}

function notAWhen(text: string, context: WhenContext): UserError {
  return new UserError(`${context.what} "${text}" is not a date or time`, HINT);
}
