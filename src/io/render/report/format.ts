import type { KpiUnit } from '../../../core/kpi/catalogue.js';
import type { TargetOp } from '../../../core/targets/target.js';

/** Rounds for reading and never shows "-0". */
function fixed(value: number, digits: number): string {
  const text = value.toFixed(digits);
  return Number(text) === 0 ? (0).toFixed(digits) : text;
}

/** A percent with at most two decimals and no trailing zeros: 80%, 92.5%. */
function percent(fraction: number): string {
  return `${Number((fraction * 100).toFixed(2))}%`;
}

/** A KPI value for people: rates as percentages, seconds to a tenth below 10 s and whole above. */
export function formatKpiValue(unit: KpiUnit, value: number | null): string {
  if (value === null) return '-';
  switch (unit) {
    case 'count':
      return String(value);
    case 'fraction':
      return `${fixed(value * 100, 1)}%`;
    case 'seconds':
      return `${fixed(value, Math.abs(value) < 10 ? 1 : 0)} s`;
    case 'hours':
      return `${fixed(value, 1)} h`;
    case 'score':
      return fixed(value, 2);
  }
}

/** A change between periods: signed, rates in percentage points. */
export function formatKpiChange(unit: KpiUnit, change: number | null): string {
  if (change === null) return '-';
  const text = unit === 'fraction' ? `${fixed(change * 100, 1)} pp` : formatKpiValue(unit, change);
  return change > 0 && parseFloat(text) !== 0 ? `+${text}` : text;
}

/** A target for people: `>= 80%`, `<= 30 s`. A KPI nobody registered shows its bare number. */
export function formatTarget(unit: KpiUnit | undefined, op: TargetOp, value: number): string {
  if (unit === 'fraction') return `${op} ${percent(value)}`;
  if (unit === 'seconds' || unit === 'hours') return `${op} ${value} ${unit === 'seconds' ? 's' : 'h'}`;
  return `${op} ${value}`;
}
