import { logInverseErlangB } from './erlang-b.js';
import type { Load, QueueModel } from './prediction.js';

/**
 * Erlang C (M/M/N, callers wait as long as it takes). With traffic A = λ·AHT and B = Erlang B:
 *   P(wait) = C = N·B / (N − A·(1 − B))                 (Cooper §2.4; Gans, Koole & Mandelbaum 2003, eq. 1)
 *   SL(t)   = 1 − C · exp(−(N − A)·t / AHT)
 *   ASA     = C · AHT / (N − A),   occupancy = A / N.
 * At N ≤ A the queue grows without bound: every call waits, none within any threshold.
 */
export function erlangC(load: Load): QueueModel {
  const erlangs = load.arrivalsPerS * load.ahtS;
  return {
    name: 'erlang-c',
    erlangs,
    predict(agents) {
      if (erlangs === 0) return { agents, service_level: 1, asa_s: 0, p_wait: 0, occupancy: agents === 0 ? null : 0, abandon_rate: null };
      if (agents <= erlangs) return { agents, service_level: 0, asa_s: null, p_wait: 1, occupancy: agents === 0 ? null : 1, abandon_rate: null };
      const blocking = Math.exp(-logInverseErlangB(agents, erlangs));
      const pWait = (agents * blocking) / (agents - erlangs * (1 - blocking));
      return {
        agents,
        service_level: 1 - pWait * Math.exp((-(agents - erlangs) * load.thresholdS) / load.ahtS),
        asa_s: (pWait * load.ahtS) / (agents - erlangs),
        p_wait: pWait,
        occupancy: erlangs / agents,
        abandon_rate: null,
      };
    },
  };
}
