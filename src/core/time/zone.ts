import { UserError } from '../../errors.js';

export function assertTimeZone(name: string): string {
  // The usual setting needs no zone data: answered without starting Intl, which costs a command tens of milliseconds.
  if (name === 'UTC') return name;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    throw new UserError(`unknown time zone "${name}"`, 'use an IANA name such as Asia/Jerusalem, Europe/London or UTC');
  }
}

export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';
}

/** Offset transitions fall on quarter hours in every zone, so one look-up serves a quarter hour. */
const QUARTER_HOUR_S = 900;

/**
 * Wall-clock arithmetic for one IANA zone. A "local hour" is the number of hours since
 * 1970-01-01 00:00 on the zone's wall clock, so days, weekdays and months of the zone follow
 * from it by plain integer arithmetic, with no zone look-up at query time.
 */
export class Zone {
  readonly name: string;
  private format: Intl.DateTimeFormat | undefined;
  private readonly offsets = new Map<number, number>();

  constructor(name: string) {
    this.name = assertTimeZone(name);
  }

  private wallClockFormat(): Intl.DateTimeFormat {
    return (this.format ??= new Intl.DateTimeFormat('en-US', {
      timeZone: this.name,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    }));
  }

  /** Seconds to add to a UTC instant to read the zone's wall clock. */
  offsetAt(utcSeconds: number): number {
    const key = Math.floor(utcSeconds / QUARTER_HOUR_S);
    let offset = this.offsets.get(key);
    if (offset === undefined) {
      offset = this.computeOffset(key * QUARTER_HOUR_S);
      if (this.offsets.size > 100_000) this.offsets.clear();
      this.offsets.set(key, offset);
    }
    return offset;
  }

  /** The instant's wall clock, as seconds since 1970-01-01 00:00 on that clock. */
  wallSeconds(utcSeconds: number): number {
    return utcSeconds + this.offsetAt(utcSeconds);
  }

  localHour(utcSeconds: number): number {
    return Math.floor(this.wallSeconds(utcSeconds) / 3600);
  }

  localDay(utcSeconds: number): number {
    return Math.floor(this.wallSeconds(utcSeconds) / 86400);
  }

  /**
   * The instant a wall-clock reading names. In the hour skipped by a spring-forward the reading
   * is taken with the offset before the change; in the repeated hour of a fall-back, the first.
   */
  utcFromWall(wallSeconds: number): number {
    const before = this.offsetAt(wallSeconds - 86400);
    const after = this.offsetAt(wallSeconds + 86400);
    const first = wallSeconds - before;
    if (before === after) return first;
    const second = wallSeconds - after;
    const firstHolds = this.wallSeconds(first) === wallSeconds;
    const secondHolds = this.wallSeconds(second) === wallSeconds;
    if (firstHolds && secondHolds) return Math.min(first, second);
    if (firstHolds) return first;
    if (secondHolds) return second;
    return first;
  }

  private computeOffset(utcSeconds: number): number {
    if (this.name === 'UTC') return 0;
    const parts = this.wallClockFormat().formatToParts(new Date(utcSeconds * 1000));
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) / 1000;
    return wall - utcSeconds;
  }
}
