import { UserError } from '../../errors.js';
import { CALL_KPIS, type KpiDefinition, type KpiUnit } from '../kpi/catalogue.js';
import { LEDGER_KPIS } from '../kpi/ledger-catalogue.js';
import { TARGET_SPEC_EXAMPLES } from '../staffing/target-spec.js';

/** A KPI a target 'OP VALUE' can be set on. */
export interface TargetKpi {
  key: string;
  unit: KpiUnit;
  describe: string;
}

/** Every KPI of the service charter, in the order `svc target set` names them: the calls', then the ledger's. */
export const TARGET_KPIS: readonly TargetKpi[] = ([...CALL_KPIS, ...LEDGER_KPIS] as readonly KpiDefinition[]).map(({ key, unit, explain }) => ({ key, unit, describe: explain }));

/** The charter's one target that is not 'OP VALUE' on a KPI: how many agents an interval needs (see staffing). */
export const STAFFING_TARGET = {
  key: 'staffing',
  describe: `agents each interval needs, from the log's own arrivals and handle times; one of ${TARGET_SPEC_EXAMPLES}`,
} as const;

const BY_KEY = new Map(TARGET_KPIS.map((kpi) => [kpi.key, kpi]));

export function targetKpis(): readonly TargetKpi[] {
  return TARGET_KPIS;
}

export function findTargetKpi(key: string): TargetKpi | undefined {
  return BY_KEY.get(key);
}

export function assertTargetKpi(key: string): TargetKpi {
  const kpi = BY_KEY.get(key);
  if (kpi === undefined) throw new UserError(`unknown KPI "${key}": targets can be set on ${[...BY_KEY.keys(), STAFFING_TARGET.key].join(', ')}`);
  return kpi;
}
