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
const DAY_S = 86_400;
const QUARTERS_A_DAY = DAY_S / QUARTER_HOUR_S;

/**
 * Wall-clock arithmetic for one IANA zone. A "local hour" is the number of hours since
 * 1970-01-01 00:00 on the zone's wall clock, so days, weekdays and months of the zone follow
 * from it by plain integer arithmetic, with no zone look-up at query time.
 */
export class Zone {
  readonly name: string;
  private format: Intl.DateTimeFormat | undefined;
  private readonly offsets = new Map<number, number>();
  /** Per UTC day: its one offset, or null when the day holds a change. */
  private readonly dayOffsets = new Map<number, number | null>();

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

  /**
   * Seconds to add to a UTC instant to read the zone's wall clock. A UTC day whose start and end
   * have the same offset has it throughout (no zone changes its clocks twice within a day), so
   * one look-up serves the day; a day that holds a change is looked up per quarter hour.
   */
  offsetAt(utcSeconds: number): number {
    const day = Math.floor(utcSeconds / DAY_S);
    let offset = this.dayOffsets.get(day);
    if (offset === undefined) {
      const start = this.quarterOffset(day * QUARTERS_A_DAY);
      offset = start === this.quarterOffset((day + 1) * QUARTERS_A_DAY) ? start : null;
      if (this.dayOffsets.size > 100_000) this.dayOffsets.clear();
      this.dayOffsets.set(day, offset);
    }
    return offset ?? this.quarterOffset(Math.floor(utcSeconds / QUARTER_HOUR_S));
  }

  private quarterOffset(quarter: number): number {
    let offset = this.offsets.get(quarter);
    if (offset === undefined) {
      offset = this.computeOffset(quarter * QUARTER_HOUR_S);
      if (this.offsets.size > 100_000) this.offsets.clear();
      this.offsets.set(quarter, offset);
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
