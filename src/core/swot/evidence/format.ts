import type { MessageKey, Messages } from '../../../i18n/messages.js';
import type { KpiUnit } from '../../kpi/catalogue.js';

/** A value as a finding quotes it: shares as percentages, times with their unit. */
export function quoted(unit: KpiUnit | undefined, value: number | null, words?: Messages): string {
  if (value === null) return words ? words.t('evidence.none') : 'none';
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

/** A KPI's name as a finding says it, in the review's language. */
export function kpiName(kpi: string, words: Messages): string {
  const key = `evidence.kpi.${kpi}` as MessageKey;
  const name = words.t(key);
  return name === key ? kpi : name;
}

/** A sentence that starts with a name starts with a capital (in languages that have them). */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
