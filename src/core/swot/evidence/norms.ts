import type { Store } from '../../../db/open.js';
import { readTargets } from '../../../db/targets.js';
import { callKpiDefinition, type CallKpiKey } from '../../kpi/catalogue.js';
import { buildCallReport } from '../../report/build.js';
import type { Period } from '../../time/period.js';
import type { Evidence, EvidenceWindow } from './evidence.js';
import { capitalised, kpiName, quoted } from './format.js';
import { relativeDistance } from './targets.js';

/**
 * Where the charter sets no target, a KPI is held against a norm commonly quoted for contact
 * centres: 80% of calls answered within the threshold (the "80/20" service level), at most 5%
 * abandoned, at most 20% of callers calling again within the repeat window, at least 70%
 * resolved at first contact, at least 80% of callers satisfied (top-2 box).
 */
export const KPI_NORMS: { kpi: CallKpiKey; op: '>=' | '<='; value: number }[] = [
  { kpi: 'service_level', op: '>=', value: 0.8 },
  { kpi: 'abandon_rate', op: '<=', value: 0.05 },
  { kpi: 'repeat_rate', op: '<=', value: 0.2 },
  { kpi: 'fcr_rate', op: '>=', value: 0.7 },
  { kpi: 'csat_top2', op: '>=', value: 0.8 },
];

/** A KPI with no target that is worse than its norm → a weakness, placed by how far it is from the norm. */
export function normEvidence(db: Store, period: Period, window: EvidenceWindow): Evidence[] {
  const targeted = new Set(readTargets(db).map((target) => target.kpi));
  const report = buildCallReport(db, { period, compare: false, now: new Date(window.now * 1000) });
  // A provisional value (a repeat window not yet passed for every call) proposes nothing.
  const provisional = new Set<string>(report.provisional.map((entry) => entry.kpi));
  return KPI_NORMS.flatMap(({ kpi, op, value: norm }) => {
    const value = report.totals[kpi];
    if (targeted.has(kpi) || provisional.has(kpi) || value === null) return [];
    if (op === '>=' ? value >= norm : value <= norm) return [];
    const unit = callKpiDefinition(kpi).unit;
    const { words } = window;
    const name = kpiName(kpi, words);
    const measured = words.t('evidence.againstNorm', { value: quoted(unit, value, words), op, norm: quoted(unit, norm, words) });
    const distance = relativeDistance(value, norm);
    return [
      {
        key: `norm-${kpi}`,
        source: 'calls' as const,
        finding: words.t('evidence.norm.finding', { name, measured }),
        distance,
        proposal: { quadrant: 'weakness' as const, text: capitalised(words.t('evidence.norm.proposal', { name, measured })), importance: distance >= 0.5 ? 5 : 4, likelihood: null },
      },
    ];
  });
}
