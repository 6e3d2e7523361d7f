import type { KpiUnit } from '../../kpi/catalogue.js';

/** A value as a finding quotes it: shares as percentages, times with their unit. */
export function quoted(unit: KpiUnit | undefined, value: number | null): string {
  if (value === null) return 'none';
  switch (unit) {
    case 'fraction':
      return `${Number((value * 100).toFixed(1))}%`;
    case 'seconds':
      return `${Number(value.toFixed(value < 10 ? 1 : 0))} s`;
    case 'hours':
      return `${Number(value.toFixed(1))} h`;
    case 'count':
      return String(value);
    default:
      return String(Number(value.toFixed(2)));
  }
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
