import { customerRules, type CustomerRules } from '../core/customers/rules.js';
import { parseDay } from '../core/time/period.js';
import type { Zone } from '../core/time/zone.js';
import type { Store } from '../db/open.js';
import { readSettings } from '../db/settings.js';
import type { Io } from '../io/io.js';
import { ledgerClock } from './ledger-clock.js';

export interface CustomerClock {
  now: number;
  asOf: number;
  zone: Zone;
  today: number;
  rules: CustomerRules;
}

/** "Now", the instant asked about (the end of the --as-of day, else now), the zone and the rules in force. */
export function customerClock(db: Store, io: Io, asOfText?: string): CustomerClock {
  const clock = ledgerClock(db, io);
  const today = clock.zone.localDay(clock.now);
  const asOf = asOfText === undefined ? clock.now : endOfDay(parseDay(asOfText, today, '--as-of'), clock.zone);
  return { now: clock.now, asOf, zone: clock.zone, today, rules: customerRules(readSettings(db)) };
}

/** The last second of a wall-clock day. */
export function endOfDay(day: number, zone: Zone): number {
  return zone.utcFromWall((day + 1) * 86400) - 1;
}

export function startOfDay(day: number, zone: Zone): number {
  return zone.utcFromWall(day * 86400);
}
