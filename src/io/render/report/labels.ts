import type { GroupValue } from '../../../core/report/dimension.js';

/** A group for people: unknown agents and queues say so, hours read as 09:00. */
export function groupLabel(value: GroupValue, dimension: string): string {
  if (value === null) return '(unknown)';
  if (dimension === 'hour') return `${String(value).padStart(2, '0')}:00`;
  return String(value);
}

/** The heading every text rendering of a report starts with. */
export function periodHeading(period: { from: string; to: string; timezone: string }, previous: { from: string; to: string } | null): string {
  const compared = previous === null ? '' : `, compared with ${previous.from} to ${previous.to}`;
  return `Calls ${period.from} to ${period.to} (${period.timezone})${compared}`;
}

export function parameterLine(params: { sl_threshold_s: number; short_abandon_s: number; repeat_window_h: number }): string {
  return `Parameters: T = ${params.sl_threshold_s} s (service level), S = ${params.short_abandon_s} s (short abandon), W = ${params.repeat_window_h} h (repeat window)`;
}
