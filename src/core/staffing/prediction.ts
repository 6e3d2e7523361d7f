/** What a queueing model predicts for one number of agents. Rates are fractions 0–1, times seconds. */
export interface Prediction {
  agents: number;
  /** Share of offered calls answered within the threshold. */
  service_level: number | null;
  /** Mean wait of answered calls; null when the queue grows without bound or nobody is answered. */
  asa_s: number | null;
  /** Probability that a call waits at all. */
  p_wait: number | null;
  /** Share of the agents' time spent on calls. */
  occupancy: number | null;
  /** Share of offered calls that abandon; null under Erlang C, which has no abandonment. */
  abandon_rate: number | null;
}

/** The load a model is asked about: arrivals per second, mean handle time, and the service-level threshold. */
export interface Load {
  arrivalsPerS: number;
  ahtS: number;
  thresholdS: number;
}

export type ModelName = 'erlang-c' | 'erlang-a';

/** A queueing model fixed to one load, asked for one number of agents at a time. */
export interface QueueModel {
  name: ModelName;
  erlangs: number;
  predict(agents: number): Prediction;
}
