import { userInfo } from 'node:os';
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

export function ledgerClock(db: Store, io: Io): LedgerClock {
  return { now: Math.floor(now(io).getTime() / 1000), writtenAt: Math.floor(wallClock(io).getTime() / 1000), zone: new Zone(readSettings(db).timezone) };
}

/** Who makes an entry when --by does not say: the operating-system user. */
export function operatingUser(io: Io): string {
  try {
    return userInfo().username;
  } catch {
    return io.env.USER ?? io.env.LOGNAME ?? 'unknown';
  }
}
