import { ENGLISH_LABELS, type RenderLabels } from './labels.js';
import type { Plain as Value, Typed } from './model.js';

/** Rounds for reading and never shows "-0". */
function fixed(value: number, digits: number): string {
  const text = value.toFixed(digits);
  return Number(text) === 0 ? (0).toFixed(digits) : text;
}

/** `5:24`, `1:02:03`: a length of time as people read a clock. */
export function clock(seconds: number): string {
  const sign = seconds < 0 ? '-' : '';
  const total = Math.round(Math.abs(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${sign}${h}:${String(m).padStart(2, '0')}:${s}` : `${sign}${m}:${s}`;
}

/** A value for people: durations m:ss, rates as percentages, scores to two decimals. */
export function humanValue(typed: Typed, value: Value, labels: RenderLabels = ENGLISH_LABELS): string {
  // A missing number reads "-"; a missing name or note is simply blank.
  if (value === null || value === undefined) return ['text', 'time', 'status', 'trend'].includes(typed.type) ? '' : '-';
  if (typeof value === 'boolean') return value ? labels.yes : labels.no;
  if (typeof value === 'string') return value;
  if (typeof value !== 'number') return sparkline(value);
  switch (typed.type) {
    case 'count':
      return String(value);
    case 'rate':
      return `${fixed(value * 100, 1)}%`;
    case 'duration':
      return clock(value);
    case 'hours':
      return `${fixed(value, 1)} h`;
    case 'score':
      return fixed(value, 2);
    case 'points':
      return fixed(value, 1);
    case 'change':
      return humanChange(typed.of ?? 'count', value);
    default:
      return String(value);
  }
}

function humanChange(of: NonNullable<Typed['of']>, change: number): string {
  const text = of === 'rate' ? `${fixed(change * 100, 1)} pp` : humanValue({ type: of }, change);
  return change > 0 && /[1-9]/.test(text) ? `+${text}` : text;
}

/**
 * A value for data (csv, json): numbers as they are, without the float noise of binary
 * fractions (24.200000000000003 is 24.2); twelve significant digits is far beyond any KPI's precision.
 */
export function dataValue(value: Value): string | number | boolean | null | (number | null)[] {
  if (value === undefined) return null;
  if (typeof value === 'object' && value !== null) return value.map((item) => dataValue(item) as number | null);
  if (typeof value === 'number') return Number.isFinite(value) ? Number(value.toPrecision(12)) : null;
  return value;
}

/** Better, worse or the same, by the KPI's direction; null when no direction or no change. */
export function judgement(typed: Typed, change: Value): 'better' | 'worse' | null {
  if (typeof change !== 'number' || typed.direction === undefined || typed.direction === 'none') return null;
  // A difference of float noise (0.1 + 0.2 − 0.3) is no change.
  if (Math.abs(change) < 1e-9) return null;
  return (change > 0) === (typed.direction === 'up') ? 'better' : 'worse';
}

const BARS = '▁▂▃▄▅▆▇█';

/** The last periods as one bar each, lowest to highest of their own range; a dot where a period has no value. */
export function sparkline(values: readonly (number | null)[]): string {
  const known = values.filter((value): value is number => value !== null);
  if (known.length === 0) return '';
  const low = Math.min(...known);
  const span = Math.max(...known) - low;
  return values.map((value) => (value === null ? '·' : BARS[span === 0 ? 3 : Math.round(((value - low) / span) * (BARS.length - 1))])).join('');
}
