import { UserError } from '../../errors.js';
import { CALL_KPIS, type KpiUnit } from '../kpi/catalogue.js';

/** A KPI a target can be set on. */
export interface TargetKpi {
  key: string;
  unit: KpiUnit;
  describe: string;
}

const registry = new Map<string, TargetKpi>();

/**
 * Makes KPIs available to `svc target set` and to evaluateTargets's callers. The call KPIs
 * register here; other modules (the ledger's complaint and commitment KPIs) register theirs at
 * the top level of a module their command imports, so every KPI is known before any command runs.
 */
export function registerTargetKpis(kpis: readonly TargetKpi[]): void {
  for (const kpi of kpis) {
    const known = registry.get(kpi.key);
    if (known !== undefined && (known.unit !== kpi.unit || known.describe !== kpi.describe)) {
      throw new Error(`target KPI ${kpi.key} is registered twice with different definitions`);
    }
    registry.set(kpi.key, kpi);
  }
}

export function targetKpis(): TargetKpi[] {
  return [...registry.values()];
}

export function findTargetKpi(key: string): TargetKpi | undefined {
  return registry.get(key);
}

export function assertTargetKpi(key: string): TargetKpi {
  const kpi = registry.get(key);
  if (kpi === undefined) throw new UserError(`unknown KPI "${key}": targets can be set on ${[...registry.keys()].join(', ')}`);
  return kpi;
}

registerTargetKpis(CALL_KPIS.map(({ key, unit, explain }) => ({ key, unit, describe: explain })));
