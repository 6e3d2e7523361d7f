import { describe, expect, it } from 'vitest';
import { agentsNeeded } from '../../../src/core/staffing/agents-needed.js';
import { erlangA } from '../../../src/core/staffing/erlang-a.js';
import { erlangC } from '../../../src/core/staffing/erlang-c.js';
import { parseStaffingTarget } from '../../../src/core/staffing/target-spec.js';
import { whatIf } from '../../../src/core/staffing/what-if.js';

/**
 * The M/M/N+M chain solved the plain way: the generator of the chain cut at `states`, the
 * balance equations πQ = 0 with Σπ = 1 solved by Gaussian elimination; then the tagged caller's
 * wait integrated with fourth-order Runge–Kutta steps. Nothing shared with the code under test.
 */
function directSolution(lambda: number, aht: number, patience: number, agents: number, threshold: number, states = agents + 120) {
  const mu = 1 / aht;
  const theta = 1 / patience;
  const size = states + 1;
  const death = (n: number) => Math.min(n, agents) * mu + Math.max(0, n - agents) * theta;
  // Rows of Qᵀ (so that Qᵀπ = 0), the last equation replaced by Σπ = 1.
  const matrix = Array.from({ length: size }, () => new Array<number>(size + 1).fill(0));
  for (let n = 0; n < size; n++) {
    const out = (n < states ? lambda : 0) + death(n);
    matrix[n]![n]! -= out;
    if (n > 0) matrix[n]![n - 1]! += lambda; // from n−1 by an arrival
    if (n < states) matrix[n]![n + 1]! += death(n + 1); // from n+1 by a departure
  }
  matrix[size - 1] = new Array<number>(size + 1).fill(1);
  for (let column = 0; column < size; column++) {
    let pivot = column;
    for (let row = column + 1; row < size; row++) if (Math.abs(matrix[row]![column]!) > Math.abs(matrix[pivot]![column]!)) pivot = row;
    [matrix[column], matrix[pivot]] = [matrix[pivot]!, matrix[column]!];
    for (let row = 0; row < size; row++) {
      if (row === column) continue;
      const factor = matrix[row]![column]! / matrix[column]![column]!;
      for (let k = column; k <= size; k++) matrix[row]![k]! -= factor * matrix[column]![k]!;
    }
  }
  const pi = matrix.map((row, n) => row[size]! / row[n]!);
  const waits = pi.slice(agents);
  const pWait = waits.reduce((sum, p) => sum + p, 0);
  const abandon = (theta * waits.reduce((sum, p, k) => sum + k * p, 0)) / lambda;
  // The tagged caller: k ahead moves to k−1 at Nμ + kθ, from 0 to answered at Nμ; abandons at θ.
  const rate = (k: number) => agents * mu + k * theta;
  const derivative = (p: number[]) => p.map((value, k) => -(rate(k) + theta) * value + (k + 1 < p.length ? rate(k + 1) * p[k + 1]! : 0));
  let p = [...waits];
  let answeredBy = 0;
  const step = 0.01;
  for (let t = 0; t < threshold - 1e-9; t += step) {
    const k1 = derivative(p);
    const k2 = derivative(p.map((v, i) => v + (step / 2) * k1[i]!));
    const k3 = derivative(p.map((v, i) => v + (step / 2) * k2[i]!));
    const k4 = derivative(p.map((v, i) => v + step * k3[i]!));
    // Answered flux Nμ·p₀ integrated with the same Runge–Kutta weights.
    answeredBy += (step / 6) * agents * mu * (p[0]! + 2 * (p[0]! + (step / 2) * k1[0]!) + 2 * (p[0]! + (step / 2) * k2[0]!) + (p[0]! + step * k3[0]!));
    p = p.map((v, i) => v + (step / 6) * (k1[i]! + 2 * k2[i]! + 2 * k3[i]! + k4[i]!));
  }
  return { pWait, abandon, serviceLevel: 1 - pWait + answeredBy, occupancy: (lambda * (1 - abandon) * aht) / agents };
}

describe('Erlang A', () => {
  it('agrees with a direct numerical solution of the M/M/N+M chain', () => {
    for (const [calls, aht, patience, agents, threshold] of [
      [100, 180, 120, 10, 20],
      [100, 180, 120, 13, 20],
      [250, 300, 60, 35, 30],
      [60, 240, 600, 6, 15],
      [40, 200, 90, 2, 20],
    ] as const) {
      const lambda = calls / 1800;
      const direct = directSolution(lambda, aht, patience, agents, threshold);
      const predicted = erlangA({ arrivalsPerS: lambda, ahtS: aht, thresholdS: threshold }, patience).predict(agents);
      expect(predicted.p_wait).toBeCloseTo(direct.pWait, 8);
      expect(predicted.abandon_rate).toBeCloseTo(direct.abandon, 8);
      expect(predicted.occupancy).toBeCloseTo(direct.occupancy, 8);
      expect(predicted.service_level).toBeCloseTo(direct.serviceLevel, 6);
    }
  });

  it('carries the load of the callers it answers, and no more abandon than wait', () => {
    const model = erlangA({ arrivalsPerS: 0.2, ahtS: 240, thresholdS: 20 }, 180);
    for (const agents of [30, 45, 48, 55]) {
      const prediction = model.predict(agents);
      // Carried load = answered share × erlangs: occupancy·N = λ(1 − P(ab))·AHT.
      expect(prediction.occupancy! * agents).toBeCloseTo(0.2 * 240 * (1 - prediction.abandon_rate!), 10);
      expect(prediction.abandon_rate!).toBeLessThanOrEqual(prediction.p_wait!);
    }
  });

  it('becomes Erlang C as callers become endlessly patient', () => {
    const load = { arrivalsPerS: 100 / 1800, ahtS: 180, thresholdS: 20 };
    for (const agents of [11, 14, 18]) {
      const c = erlangC(load).predict(agents);
      const a = erlangA(load, 1e8).predict(agents);
      expect(a.p_wait).toBeCloseTo(c.p_wait!, 5);
      expect(a.service_level).toBeCloseTo(c.service_level!, 5);
      // The mean wait converges slowest: within 0.05 s at a patience of three years.
      expect(a.asa_s).toBeCloseTo(c.asa_s!, 1);
    }
  });

  it('never predicts worse with more agents, never needs fewer for more traffic, and holds at 1,000 agents', () => {
    const target = parseStaffingTarget('abandon_rate<=0.03');
    let previousNeeded = 0;
    for (let calls = 0; calls <= 2000; calls += 97) {
      const model = erlangA({ arrivalsPerS: calls / 1800, ahtS: 300, thresholdS: 20 }, 150);
      const needed = agentsNeeded(model, target, 1);
      expect(needed).toBeGreaterThanOrEqual(previousNeeded);
      previousNeeded = needed;
      let level = -1;
      let abandon = 2;
      for (let agents = Math.max(0, needed - 8); agents < needed + 8; agents++) {
        const prediction = model.predict(agents);
        expect(prediction.service_level!).toBeGreaterThanOrEqual(level - 1e-12);
        expect(prediction.abandon_rate!).toBeLessThanOrEqual(abandon + 1e-12);
        level = prediction.service_level!;
        abandon = prediction.abandon_rate!;
      }
    }
    const large = erlangA({ arrivalsPerS: 1000 / 300, ahtS: 300, thresholdS: 20 }, 200).predict(1010);
    for (const value of Object.values(large)) expect(Number.isFinite(value)).toBe(true);
    expect(large.p_wait).toBeGreaterThan(0);
    expect(large.p_wait).toBeLessThan(1);
  });

  it('takes the abandon-rate target only with patience', () => {
    const request = { calls: 100, perS: 1800, ahtS: 180, target: parseStaffingTarget('abandon_rate<=0.05'), maxOccupancy: 1, shrinkage: null };
    expect(() => whatIf({ ...request, patienceS: null })).toThrow(/abandon_rate target needs Erlang A/);
    expect(whatIf({ ...request, patienceS: 120 })).toMatchObject({ model: 'erlang-a', agents_needed: 13 });
  });
});
