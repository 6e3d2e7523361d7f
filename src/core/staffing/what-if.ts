import { agentsNeeded } from './agents-needed.js';
import { agentsScheduled, queueModel } from './model.js';
import type { ModelName, Prediction } from './prediction.js';
import { assertTargetFitsModel, thresholdOf, type StaffingTarget } from './target-spec.js';

export interface WhatIfRequest {
  calls: number;
  perS: number;
  ahtS: number;
  target: StaffingTarget;
  patienceS: number | null;
  maxOccupancy: number;
  shrinkage: number | null;
}

export interface WhatIfResult {
  model: ModelName;
  erlangs: number;
  agents_needed: number;
  agents_scheduled: number | null;
  /** The service-level threshold the predictions are made at. */
  sl_threshold_s: number;
  predicted: Prediction;
  /** One agent fewer (when there is one) and one more. */
  neighbours: Prediction[];
}

/** The service-level threshold used when the target is not a service level itself. */
export const DEFAULT_THRESHOLD_S = 20;

/** The what-if calculator: typed-in traffic, the agents it needs, and what one fewer or more would do. */
export function whatIf(request: WhatIfRequest): WhatIfResult {
  const name: ModelName = request.patienceS === null ? 'erlang-c' : 'erlang-a';
  assertTargetFitsModel(request.target, name);
  const thresholdS = thresholdOf(request.target, DEFAULT_THRESHOLD_S);
  const model = queueModel(name, { arrivalsPerS: request.calls / request.perS, ahtS: request.ahtS, thresholdS }, request.patienceS);
  const needed = agentsNeeded(model, request.target, request.maxOccupancy);
  return {
    model: name,
    erlangs: model.erlangs,
    agents_needed: needed,
    agents_scheduled: request.shrinkage === null ? null : agentsScheduled(needed, request.shrinkage),
    sl_threshold_s: thresholdS,
    predicted: model.predict(needed),
    neighbours: [needed - 1, needed + 1].filter((agents) => agents >= 0).map((agents) => model.predict(agents)),
  };
}
