import { UserError } from '../../errors.js';

export const INTERVAL_CHOICES = ['15m', '30m', '60m'] as const;

/** `15m`, `30m` or `60m` (`1h` too): the staffing interval, in minutes. */
export function parseInterval(text: string, option = '--interval'): 15 | 30 | 60 {
  const minutes = parseMinutes(text, option);
  if (minutes !== 15 && minutes !== 30 && minutes !== 60) {
    const why = 60 % minutes === 0 ? 'the store keeps quarter hours, so intervals are 15m, 30m or 60m' : 'it does not divide an hour';
    throw new UserError(`${option} ${text}: ${why}`, 'use 15m, 30m or 60m');
  }
  return minutes;
}

/** A length of time that divides an hour: `Nm` or `1h`, in minutes. */
export function parseMinutes(text: string, option: string): number {
  const match = /^\s*(\d+)\s*(m|min|h)\s*$/.exec(text);
  const minutes = match ? Number(match[1]) * (match[2] === 'h' ? 60 : 1) : NaN;
  if (!match) throw new UserError(`${option} ${text} is not a length of time`, 'use minutes that divide an hour: 15m, 30m or 60m');
  if (!(minutes > 0 && 60 % minutes === 0)) throw new UserError(`${option} ${text} does not divide an hour`, 'use 15m, 30m or 60m (or 1m … 20m that divide 60)');
  return minutes;
}
