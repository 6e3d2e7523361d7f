import type { KpiDefinition } from './catalogue.js';

/** The ledger's KPIs: how fast complaints are answered and how many promises are kept. The JSON keys are exactly these. */
export const LEDGER_KPIS = [
  {
    key: 'complaint_ack_h',
    name: 'Time to acknowledge a complaint',
    direction: 'down',
    unit: 'hours',
    short: 'ack h',
    explain: 'longest time to acknowledge a complaint received in the period (one still waiting counts with its wait so far)',
  },
  {
    key: 'complaint_resolve_h',
    name: 'Time to resolve a complaint',
    direction: 'down',
    unit: 'hours',
    short: 'resolve h',
    explain:
      'longest time to resolve a complaint received in the period that is not recurring, or recurring while recurring_resolve_h is not set (one still open counts with its age so far)',
  },
  {
    key: 'recurring_resolve_h',
    name: 'Time to resolve a recurring complaint',
    direction: 'down',
    unit: 'hours',
    short: 'recurring h',
    explain: 'longest time to resolve a recurring complaint received in the period (one still open counts with its age so far)',
  },
  {
    key: 'commit_kept_rate',
    name: 'Commitments kept on time',
    direction: 'up',
    unit: 'fraction',
    short: 'kept',
    explain: 'commitments kept by their original due / commitments whose original due falls in the period',
  },
] as const satisfies readonly KpiDefinition[];

export type LedgerKpiKey = (typeof LEDGER_KPIS)[number]['key'];
