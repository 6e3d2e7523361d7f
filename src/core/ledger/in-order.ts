import { UserError } from '../../errors.js';

/**
 * A ledger's story is told in the order it was written: an entry dated before the latest one
 * (a clock set back, or running behind another machine's) would put it out of order and make
 * times to acknowledge or keep negative, so it is refused.
 */
export function assertInOrder(what: string, latestAt: number, now: number, showTime: (at: number) => string): void {
  if (now >= latestAt) return;
  throw new UserError(
    `${what} already has an entry at ${showTime(latestAt)}, after this computer's clock (${showTime(now)})`,
    'check the system clock (or SVC_NOW); a ledger entry cannot be dated before the ones it follows',
  );
}

/** `2026-11-20 08:00 UTC`, where no zone is at hand. */
export function utcTime(at: number): string {
  return `${new Date(at * 1000).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
