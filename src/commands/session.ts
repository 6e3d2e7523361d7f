import { userInfo } from 'node:os';
import type { Settings } from '../core/settings.js';
import { Zone } from '../core/time/zone.js';
import type { Store } from '../db/open.js';
import { readSettings } from '../db/settings.js';
import { now, wallClock, type Io } from '../io/io.js';

/** The ledgers' clock: "now" in unix seconds (SVC_NOW pins it), the computer's own clock, and the store's zone. */
export interface LedgerClock {
  now: number;
  /** When an entry is really written (unix seconds): the computer's clock, never SVC_NOW. */
  writtenAt: number;
  zone: Zone;
}

/**
 * One command run's store and moment: built once, when the command opens its store, and handed
 * to the implementation, so that every command reads "now", the zone and the settings alike.
 */
export interface Session {
  store: Store;
  settings: Settings;
  zone: Zone;
  /** "Now" for everything a command computes: SVC_NOW (an ISO instant) pins it, else the computer's clock. */
  at: Date;
  clock: LedgerClock;
  /** Today's day number in the store's zone. */
  today: number;
  /** Who makes an entry when --by does not say: the operating-system user. */
  user: string;
}

export function openSession(store: Store, io: Io): Session {
  const settings = readSettings(store);
  const zone = new Zone(settings.timezone);
  const at = now(io);
  const clock = { now: Math.floor(at.getTime() / 1000), writtenAt: Math.floor(wallClock(io).getTime() / 1000), zone };
  return { store, settings, zone, at, clock, today: zone.localDay(clock.now), user: operatingUser(io) };
}

export function operatingUser(io: Io): string {
  try {
    return userInfo().username;
  } catch {
    return io.env.USER ?? io.env.LOGNAME ?? 'unknown';
  }
}
