import { customerRules, type CustomerRules } from '../core/customers/rules.js';
import { parseDay } from '../core/time/period.js';
import type { Zone } from '../core/time/zone.js';
import type { Session } from './session.js';

export interface CustomerClock {
  now: number;
  asOf: number;
  zone: Zone;
  today: number;
  rules: CustomerRules;
}

/** "Now", the instant asked about (the end of the --as-of day, else now), the zone and the rules in force. */
export function customerClock(session: Session, asOfText?: string): CustomerClock {
  const { clock, today } = session;
  const asOf = asOfText === undefined ? clock.now : endOfDay(parseDay(asOfText, today, '--as-of'), clock.zone);
  return { now: clock.now, asOf, zone: clock.zone, today, rules: customerRules(session.settings) };
}

/** The last second of a wall-clock day. */
export function endOfDay(day: number, zone: Zone): number {
  return zone.utcFromWall((day + 1) * 86400) - 1;
}

export function startOfDay(day: number, zone: Zone): number {
  return zone.utcFromWall(day * 86400);
}
