import { UserError } from '../../errors.js';
import type { ModelName, Prediction } from './prediction.js';

/** What the staffing must achieve: the fewest agents whose prediction meets it are needed. */
export type StaffingTarget =
  | { kpi: 'service_level'; value: number; thresholdS: number }
  | { kpi: 'asa_s'; value: number }
  | { kpi: 'p_wait'; value: number }
  | { kpi: 'abandon_rate'; value: number };

export const TARGET_SPEC_EXAMPLES = "service_level>=0.8@20s, asa_s<=30, p_wait<=0.5 or abandon_rate<=0.05";

const NUMBER = String.raw`(\d+(?:\.\d*)?|\.\d+)\s*(%?)`;
const SERVICE_LEVEL = new RegExp(String.raw`^\s*service_level\s*>=\s*${NUMBER}\s*@\s*(\d+(?:\.\d*)?)\s*s?\s*$`);
const AT_MOST = new RegExp(String.raw`^\s*(asa_s|p_wait|abandon_rate)\s*<=\s*${NUMBER}\s*$`);

function fraction(text: string, percent: string, spec: string): number {
  const value = Number(text) / (percent === '%' ? 100 : 1);
  if (!(value > 0 && value <= 1)) throw new UserError(`staffing target "${spec}": the rate must be above 0 and at most 1 (or 100%)`);
  return value;
}

/** `service_level>=0.8@20s`, `asa_s<=30`, `p_wait<=0.5`, `abandon_rate<=0.05` (rates also as percents). */
export function parseStaffingTarget(spec: string): StaffingTarget {
  const level = SERVICE_LEVEL.exec(spec);
  if (level) {
    const value = fraction(level[1]!, level[2]!, spec);
    if (value === 1) throw new UserError(`staffing target "${spec}": no number of agents answers every call within a threshold`, 'aim below 100%, for example service_level>=0.95@20s');
    return { kpi: 'service_level', value, thresholdS: Number(level[3]) };
  }
  const atMost = AT_MOST.exec(spec);
  if (!atMost) throw new UserError(`unknown staffing target "${spec}"`, `use one of ${TARGET_SPEC_EXAMPLES}`);
  const kpi = atMost[1] as 'asa_s' | 'p_wait' | 'abandon_rate';
  if (kpi === 'asa_s') {
    if (atMost[3] === '%') throw new UserError(`staffing target "${spec}": asa_s is in seconds, not a percent`);
    const value = Number(atMost[2]);
    if (!(value > 0)) throw new UserError(`staffing target "${spec}": asa_s must be above 0 seconds`);
    return { kpi, value };
  }
  return { kpi, value: fraction(atMost[2]!, atMost[3]!, spec) };
}

/** The spec in its written form, as stored and printed. */
export function formatStaffingTarget(target: StaffingTarget): string {
  if (target.kpi === 'service_level') return `service_level>=${target.value}@${target.thresholdS}s`;
  return `${target.kpi}<=${target.value}`;
}

/** An abandon-rate target needs a model in which callers abandon. */
export function assertTargetFitsModel(target: StaffingTarget, model: ModelName): void {
  if (target.kpi === 'abandon_rate' && model !== 'erlang-a') {
    throw new UserError('an abandon_rate target needs Erlang A, which models callers who give up', 'give --patience SECONDS (svc staffing erlang) or --model erlang-a (svc staffing)');
  }
}

/** The service-level threshold a prediction is made at: the target's own, else `fallbackS`. */
export function thresholdOf(target: StaffingTarget, fallbackS: number): number {
  return target.kpi === 'service_level' ? target.thresholdS : fallbackS;
}

export function meetsTarget(prediction: Prediction, target: StaffingTarget): boolean {
  const value = prediction[target.kpi];
  if (value === null) return false;
  return target.kpi === 'service_level' ? value >= target.value : value <= target.value;
}
