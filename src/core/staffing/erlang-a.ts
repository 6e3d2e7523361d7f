import { logInverseErlangB } from './erlang-b.js';
import type { Load, QueueModel } from './prediction.js';

/** Tail terms below this share of the largest are dropped: e^-46 ≈ 1e-20. */
const NEGLIGIBLE_LOG = -46;
/** Poisson mass left out of the uniformisation sum. */
const POISSON_TAIL = 1e-13;

function logSumExp(values: readonly number[]): number {
  let max = -Infinity;
  for (const value of values) if (value > max) max = value;
  if (max === -Infinity) return -Infinity;
  let sum = 0;
  for (const value of values) sum += Math.exp(value - max);
  return max + Math.log(sum);
}

/**
 * Erlang A (M/M/N+M: Poisson arrivals λ, exponential service μ = 1/AHT, exponential patience
 * θ = 1/patience), after Garnett, Mandelbaum & Reiman, "Designing a call center with impatient
 * customers", MSOM 4(3), 2002, solved numerically on its birth–death chain:
 *   π(n) ∝ A^n / n!                                   for n ≤ N (the M/M/N part, A = λ/μ),
 *   π(N + k) = π(N) · Π_{i=1..k} λ / (Nμ + iθ)        for k ≥ 1 callers waiting,
 * in logarithms, the mass below N taken from the Erlang B recursion (Σ_{n<N} π(n)/π(N) = 1/B − 1),
 * the tail cut where its terms fall below e^-46 of the largest.
 * By PASTA an arrival sees π: it waits when n ≥ N. P(abandon) = θ·E[queue]/λ.
 * A caller with k others ahead is answered unless their patience runs out first; the callers
 * ahead leave at rate Nμ + jθ (j ahead), so P(answered | k) = Nμ / (Nμ + (k+1)θ) (the product
 * telescopes) and E[wait · answered | k] = P(answered | k) · Σ_{j=0..k} 1 / (Nμ + (j+1)θ).
 * SL(t) = P(no wait) + P(answered within t), the second by uniformisation of that caller's
 * absorbing chain (Tijms, A First Course in Stochastic Models, 2003, §4.5).
 */
export function erlangA(load: Load, patienceS: number): QueueModel {
  const lambda = load.arrivalsPerS;
  const mu = 1 / load.ahtS;
  const theta = 1 / patienceS;
  const erlangs = lambda * load.ahtS;
  return {
    name: 'erlang-a',
    erlangs,
    predict(agents) {
      if (lambda === 0) return { agents, service_level: 1, asa_s: 0, p_wait: 0, occupancy: agents === 0 ? null : 0, abandon_rate: 0 };
      const serving = agents * mu;
      const logInverse = logInverseErlangB(agents, erlangs);
      // log(1/B − 1): the mass of the states below N relative to state N.
      const logBelow = agents === 0 ? -Infinity : logInverse + Math.log1p(-Math.exp(-logInverse));
      const logWaiting = [0];
      let max = 0;
      for (let k = 1; ; k++) {
        const next = logWaiting[k - 1]! + Math.log(lambda) - Math.log(serving + k * theta);
        logWaiting.push(next);
        if (next > max) max = next;
        else if (next - max < NEGLIGIBLE_LOG) break;
      }
      const logTotal = logSumExp([logBelow, ...logWaiting]);
      const seen = logWaiting.map((value) => Math.exp(value - logTotal));
      const pWait = seen.reduce((sum, p) => sum + p, 0);
      let queueMean = 0;
      let answeredAfterWait = 0;
      let waitOfAnswered = 0;
      let harmonic = 0;
      for (let k = 0; k < seen.length; k++) {
        queueMean += k * seen[k]!;
        const answered = serving / (serving + (k + 1) * theta);
        harmonic += 1 / (serving + (k + 1) * theta);
        answeredAfterWait += seen[k]! * answered;
        waitOfAnswered += seen[k]! * answered * harmonic;
      }
      const abandonRate = (theta * queueMean) / lambda;
      const answeredShare = 1 - pWait + answeredAfterWait;
      return {
        agents,
        service_level: 1 - pWait + answeredWithin(seen, serving, theta, load.thresholdS),
        asa_s: answeredShare > 0 ? waitOfAnswered / answeredShare : null,
        p_wait: pWait,
        occupancy: agents === 0 ? null : (lambda * (1 - abandonRate)) / serving,
        abandon_rate: abandonRate,
      };
    },
  };
}

/**
 * P(an arrival waits and is answered within t): the caller's chain over "k ahead" (k = 0 …),
 * moving down at rate Nμ + kθ (from 0 to answered at Nμ), abandoned at rate θ, uniformised at
 * the fastest rate Λ: answered(t) = Σ_m Poisson(m; Λt) · answered after m jumps.
 */
function answeredWithin(seen: readonly number[], serving: number, theta: number, t: number): number {
  if (t <= 0 || serving === 0) return 0;
  const top = seen.length - 1;
  const rate = serving + top * theta + theta;
  const mean = rate * t;
  let state = Float64Array.from(seen);
  let next = new Float64Array(state.length);
  let answered = 0;
  let result = 0;
  let poissonLog = -mean;
  let covered = 0;
  for (let m = 0; ; m++) {
    if (m > 0) poissonLog += Math.log(mean) - Math.log(m);
    const weight = Math.exp(poissonLog);
    result += weight * answered;
    covered += weight;
    if (m > mean && (1 - covered < POISSON_TAIL || m > mean + 40 * Math.sqrt(mean) + 50)) break;
    answered += (state[0]! * serving) / rate;
    for (let k = 0; k <= top; k++) {
      const down = serving + k * theta;
      const fromAbove = k < top ? (state[k + 1]! * (serving + (k + 1) * theta)) / rate : 0;
      next[k] = state[k]! * (1 - (down + theta) / rate) + fromAbove;
    }
    [state, next] = [next, state];
  }
  return result;
}
