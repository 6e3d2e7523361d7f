/** How a KPI's value reads: the unit of the number in JSON. */
export type KpiUnit = 'count' | 'fraction' | 'seconds' | 'hours' | 'score';

/** Which way is better: up (service level), down (abandon rate), or neither (volumes, AHT). */
export type KpiDirection = 'up' | 'down' | 'none';

export interface KpiDefinition {
  key: string;
  /** What people call it, in tables and pages; the key stays in --explain, json and csv. */
  name: string;
  direction: KpiDirection;
  unit: KpiUnit;
  /** Short column header for tables that show many KPIs side by side. */
  short: string;
  /** The definition as design.md states it, printed by `svc report --explain`. */
  explain: string;
}

/** The call KPIs of design.md, in report order. The JSON keys are exactly these. */
export const CALL_KPIS = [
  { key: 'offered', name: 'Offered', direction: 'none', unit: 'count', short: 'offered', explain: 'answered + abandoned − short_abandoned' },
  { key: 'answered', name: 'Answered', direction: 'none', unit: 'count', short: 'answered', explain: 'calls answered by an agent' },
  { key: 'abandoned', name: 'Abandoned', direction: 'down', unit: 'count', short: 'abandoned', explain: 'calls the caller gave up on before an answer (includes short abandons)' },
  { key: 'short_abandoned', name: 'Short abandons', direction: 'none', unit: 'count', short: 'short ab.', explain: 'abandoned after waiting less than S seconds; not counted as offered' },
  { key: 'abandon_rate', name: 'Abandon rate', direction: 'down', unit: 'fraction', short: 'abandon', explain: '(abandoned − short_abandoned) / offered' },
  { key: 'asa_s', name: 'ASA', direction: 'down', unit: 'seconds', short: 'ASA', explain: 'average speed of answer: mean wait of answered calls whose wait is known' },
  { key: 'wait_median_s', name: 'Median wait', direction: 'down', unit: 'seconds', short: 'wait p50', explain: 'median wait of answered calls (linear interpolation between closest ranks)' },
  { key: 'wait_p90_s', name: '90th percentile wait', direction: 'down', unit: 'seconds', short: 'wait p90', explain: '90th percentile wait of answered calls (linear interpolation between closest ranks)' },
  { key: 'max_wait_s', name: 'Longest wait', direction: 'down', unit: 'seconds', short: 'max wait', explain: 'longest wait of an answered call' },
  { key: 'avg_abandon_wait_s', name: 'Wait before abandoning', direction: 'none', unit: 'seconds', short: 'ab. wait', explain: 'mean wait of abandoned calls that are not short abandons' },
  { key: 'service_level', name: 'Service level', direction: 'up', unit: 'fraction', short: 'SL', explain: 'answered with wait ≤ T / offered' },
  { key: 'service_level_answered', name: 'Service level of answered', direction: 'up', unit: 'fraction', short: 'SL ans.', explain: 'answered with wait ≤ T / answered' },
  { key: 'aht_s', name: 'AHT', direction: 'none', unit: 'seconds', short: 'AHT', explain: 'average handle time: mean of talk + hold + wrap-up over answered calls (a missing part counts as 0)' },
  { key: 'talk_avg_s', name: 'Average talk', direction: 'none', unit: 'seconds', short: 'talk', explain: 'mean talk time of answered calls whose talk time is known' },
  { key: 'hold_avg_s', name: 'Average hold', direction: 'down', unit: 'seconds', short: 'hold', explain: 'mean hold time of answered calls whose hold time is known' },
  {
    key: 'repeat_rate',
    name: 'Repeat contacts',
    direction: 'down',
    unit: 'fraction',
    short: 'repeat',
    explain: 'answered calls with a known customer who calls again (any outcome, even after the period) within (0, W] hours of that call / answered calls with a known customer; provisional while some of those calls arrived less than W before the newest call in the store',
  },
  { key: 'fcr_rate', name: 'FCR', direction: 'up', unit: 'fraction', short: 'FCR', explain: 'first-contact resolution: answered calls marked resolved / answered calls with a known resolved flag' },
  { key: 'csat_avg', name: 'CSAT', direction: 'up', unit: 'score', short: 'CSAT', explain: 'mean satisfaction score (1–5) of calls that have one' },
  { key: 'csat_top2', name: 'CSAT 4–5 share', direction: 'up', unit: 'fraction', short: 'CSAT 4-5', explain: 'share of satisfaction scores that are 4 or 5' },
  { key: 'customers', name: 'Customers', direction: 'none', unit: 'count', short: 'customers', explain: 'distinct known customer ids among offered calls' },
] as const satisfies readonly KpiDefinition[];

export type CallKpiKey = (typeof CALL_KPIS)[number]['key'];

export const CALL_KPI_KEYS: readonly CallKpiKey[] = CALL_KPIS.map((kpi) => kpi.key);

type CountKey = Extract<(typeof CALL_KPIS)[number], { unit: 'count' }>['key'];

/** Every call KPI's value: a count, a fraction 0–1, seconds or a score; null where its denominator is 0 (counts never are). */
export type CallKpis = { [K in CallKpiKey]: K extends CountKey ? number : number | null };

/** A value or a difference per call KPI, null where undefined. */
export type CallKpiValues = Record<CallKpiKey, number | null>;

/** The KPIs a table shows per group when there is no room for all of them. */
export const HEADLINE_KPIS: readonly CallKpiKey[] = ['offered', 'abandon_rate', 'asa_s', 'service_level', 'aht_s', 'repeat_rate', 'fcr_rate', 'csat_avg'];

const BY_KEY = new Map<string, KpiDefinition>(CALL_KPIS.map((kpi) => [kpi.key, kpi]));

export function callKpiDefinition(key: CallKpiKey): KpiDefinition {
  return BY_KEY.get(key) as KpiDefinition;
}
