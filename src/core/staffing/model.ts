import { UserError } from '../../errors.js';
import { erlangA } from './erlang-a.js';
import { erlangC } from './erlang-c.js';
import type { Load, ModelName, QueueModel } from './prediction.js';

/** Erlang C, or Erlang A when callers' mean patience is given. */
export function queueModel(name: ModelName, load: Load, patienceS: number | null): QueueModel {
  if (name === 'erlang-c') return erlangC(load);
  if (patienceS === null || !(patienceS > 0)) {
    throw new UserError('Erlang A needs the callers\' mean patience, and it is unknown', 'the period has no abandoned calls to estimate it from: use --model erlang-c');
  }
  return erlangA(load, patienceS);
}

/** Agents to schedule so that `needed` are on the phones after shrinkage (breaks, training, absence). */
export function agentsScheduled(needed: number, shrinkage: number): number {
  return needed === 0 ? 0 : Math.ceil(needed / (1 - shrinkage) - 1e-9);
}

export function assertShrinkage(value: number, text = String(value)): number {
  if (!(value >= 0 && value < 1)) throw new UserError(`--shrinkage ${text} is not a fraction from 0 up to (not including) 1`, 'for example --shrinkage 0.3 for 30% of paid time off the phones');
  return value;
}

export function assertOccupancy(value: number, text = String(value)): number {
  if (!(value > 0 && value <= 1)) throw new UserError(`--max-occupancy ${text} is outside (0, 1]`, 'for example --max-occupancy 0.85');
  return value;
}
