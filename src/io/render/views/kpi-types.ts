import { callKpiDefinition, type CallKpiKey, type KpiUnit } from '../../../core/kpi/catalogue.js';
import type { Typed, ValueType } from '../document/model.js';

const TYPE_OF_UNIT: Record<KpiUnit, Exclude<ValueType, 'change' | 'status' | 'trend'>> = {
  count: 'count',
  fraction: 'rate',
  seconds: 'duration',
  hours: 'hours',
  score: 'score',
};

/** How a KPI's value is rendered: its unit as a document type, and which way is better. */
export function kpiType(key: CallKpiKey): Typed & { type: Exclude<ValueType, 'change' | 'status' | 'trend'> } {
  const definition = callKpiDefinition(key);
  return { type: TYPE_OF_UNIT[definition.unit], direction: definition.direction };
}

export function kpiChangeType(key: CallKpiKey): Typed {
  const { type, direction } = kpiType(key);
  return { type: 'change', of: type, direction };
}

export function unitType(unit: KpiUnit | undefined): Typed {
  return { type: unit === undefined ? 'score' : TYPE_OF_UNIT[unit] };
}
