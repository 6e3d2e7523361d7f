import type { Store } from '../../db/open.js';
import { readStaffingTarget } from '../../db/staffing-target.js';
import { readTargets } from '../../db/targets.js';
import type { Settings } from '../settings.js';
import { parseStaffingTarget, type StaffingTarget } from './target-spec.js';

export interface ChosenTarget {
  target: StaffingTarget;
  /** Where it came from, for the output's parameters. */
  source: 'option' | 'charter' | 'service_level target' | 'default';
}

/** When the charter says nothing about staffing: the industry's habitual 80% within T. */
export const DEFAULT_SERVICE_LEVEL = 0.8;

/**
 * The target staffing is computed for: --target, else the charter's staffing target, else the
 * charter's service_level target at the store's T, else 80% within T.
 */
export function chooseStaffingTarget(db: Store, settings: Settings, option: string | undefined): ChosenTarget {
  if (option !== undefined) return { target: parseStaffingTarget(option), source: 'option' };
  const stored = readStaffingTarget(db);
  if (stored) return { target: parseStaffingTarget(stored.spec), source: 'charter' };
  const level = readTargets(db).find((target) => target.kpi === 'service_level' && (target.op === '>=' || target.op === '>') && target.value > 0);
  if (level) return { target: { kpi: 'service_level', value: level.value, thresholdS: settings.sl_threshold_s }, source: 'service_level target' };
  return { target: { kpi: 'service_level', value: DEFAULT_SERVICE_LEVEL, thresholdS: settings.sl_threshold_s }, source: 'default' };
}

/** Whether the charter asks anything of staffing (svc check holds only a charter that does). */
export function charterHasStaffingTarget(db: Store): boolean {
  return readStaffingTarget(db) !== undefined || readTargets(db).some((target) => target.kpi === 'service_level');
}
