import { describe, expect, it } from 'vitest';
import { agentsNeeded } from '../../../src/core/staffing/agents-needed.js';
import { erlangB } from '../../../src/core/staffing/erlang-b.js';
import { erlangC } from '../../../src/core/staffing/erlang-c.js';
import { parseStaffingTarget } from '../../../src/core/staffing/target-spec.js';
import { whatIf } from '../../../src/core/staffing/what-if.js';

/** log(n!) by plain summation: a different road from the recursion under test. */
function logFactorial(n: number): number {
  let sum = 0;
  for (let k = 2; k <= n; k++) sum += Math.log(k);
  return sum;
}

function logSumExp(values: number[]): number {
  const max = Math.max(...values);
  return max + Math.log(values.reduce((sum, value) => sum + Math.exp(value - max), 0));
}

/** Erlang C straight from its textbook definition, every term in logarithms. */
function erlangCByDefinition(agents: number, erlangs: number): number {
  const terms = Array.from({ length: agents }, (_, k) => k * Math.log(erlangs) - logFactorial(k));
  const last = agents * Math.log(erlangs) - logFactorial(agents) + Math.log(agents / (agents - erlangs));
  return Math.exp(last - logSumExp([...terms, last]));
}

describe('Erlang B', () => {
  it('matches published Erlang B tables', () => {
    // Erlang B tables at 1% blocking (e.g. Cooper, Introduction to Queueing Theory, 2nd ed.,
    // table of Erlang's loss formula; the same values in every telephony traffic table):
    // 10 circuits carry 4.46 erlangs, 20 circuits 12.03, 100 circuits 84.06.
    expect(erlangB(10, 4.46)).toBeCloseTo(0.01, 3);
    expect(erlangB(20, 12.03)).toBeCloseTo(0.01, 3);
    expect(erlangB(100, 84.06)).toBeCloseTo(0.01, 3);
    // 5 erlangs on 10 circuits: 1.84% (the same tables).
    expect(erlangB(10, 5)).toBeCloseTo(0.0184, 4);
  });

  it('agrees with the sum formula where both can be computed', () => {
    for (const [agents, erlangs] of [[1, 0.5], [7, 3.2], [40, 35], [300, 310]] as const) {
      const terms = Array.from({ length: agents + 1 }, (_, k) => k * Math.log(erlangs) - logFactorial(k));
      const direct = Math.exp(terms[agents]! - logSumExp(terms));
      expect(erlangB(agents, erlangs)).toBeCloseTo(direct, 12);
    }
  });
});

describe('Erlang C', () => {
  it('gives the worked example of pyworkforce and Call Centre Helper', () => {
    // pyworkforce README (ErlangC(transactions=100, aht=3, asa=20/60, interval=30, shrinkage=0.3)
    // .required_positions(service_level=0.8, max_occupancy=0.85)) and callcentrehelper.com's
    // "Erlang C formula – example": 100 calls in 30 minutes, AHT 180 s, 80% within 20 s →
    // 14 agents (raw_positions), 20 after 30% shrinkage, service level 88.83%, occupancy 71.43%,
    // probability of waiting 17.41%; ASA 7.8 s.
    const result = whatIf({ calls: 100, perS: 1800, ahtS: 180, target: parseStaffingTarget('service_level>=0.8@20s'), patienceS: null, maxOccupancy: 0.85, shrinkage: 0.3 });
    expect(result.erlangs).toBeCloseTo(10, 10);
    expect(result.agents_needed).toBe(14);
    expect(result.agents_scheduled).toBe(20);
    // The published values have four decimals: within one unit of the last.
    const published = (value: number | null, expected: number) => expect(Math.abs(value! - expected)).toBeLessThanOrEqual(1e-4);
    published(result.predicted.service_level, 0.8883);
    published(result.predicted.occupancy, 0.7143);
    published(result.predicted.p_wait, 0.1741);
    expect(result.predicted.asa_s).toBeCloseTo(7.8, 1);
    expect(result.neighbours.map((prediction) => prediction.agents)).toEqual([13, 15]);
  });

  it('holds at a thousand agents and hundreds of erlangs, where factorials overflow', () => {
    for (const [agents, erlangs] of [[1000, 950], [1200, 1180.5], [2000, 1500]] as const) {
      const model = erlangC({ arrivalsPerS: erlangs / 300, ahtS: 300, thresholdS: 20 });
      const prediction = model.predict(agents);
      expect(prediction.p_wait).toBeCloseTo(erlangCByDefinition(agents, erlangs), 10);
      // ASA = C·AHT/(N − A), by hand from the definition's C.
      expect(prediction.asa_s).toBeCloseTo((erlangCByDefinition(agents, erlangs) * 300) / (agents - erlangs), 6);
    }
  });

  it('never predicts worse with more agents, and never needs fewer agents for more traffic', () => {
    const target = parseStaffingTarget('service_level>=0.9@15s');
    let previousNeeded = 0;
    for (let calls = 0; calls <= 3000; calls += 37) {
      const model = erlangC({ arrivalsPerS: calls / 1800, ahtS: 240, thresholdS: 15 });
      const needed = agentsNeeded(model, target, 1);
      expect(needed).toBeGreaterThanOrEqual(previousNeeded);
      previousNeeded = needed;
      let previous = -1;
      for (let agents = Math.floor(model.erlangs); agents < needed + 10; agents++) {
        const level = model.predict(agents).service_level!;
        expect(level).toBeGreaterThanOrEqual(previous);
        previous = level;
      }
    }
  });

  it('needs no agents for no calls, and says a queue without enough agents grows without bound', () => {
    expect(whatIf({ calls: 0, perS: 1800, ahtS: 180, target: parseStaffingTarget('asa_s<=30'), patienceS: null, maxOccupancy: 1, shrinkage: 0.3 })).toMatchObject({ erlangs: 0, agents_needed: 0, agents_scheduled: 0 });
    expect(erlangC({ arrivalsPerS: 10 / 1800, ahtS: 1800, thresholdS: 20 }).predict(10)).toEqual({ agents: 10, service_level: 0, asa_s: null, p_wait: 1, occupancy: 1, abandon_rate: null });
  });

  it('meets each kind of target with the fewest agents, the occupancy cap included', () => {
    const model = erlangC({ arrivalsPerS: 100 / 1800, ahtS: 180, thresholdS: 20 });
    const fewest = (spec: string, cap = 1) => agentsNeeded(model, parseStaffingTarget(spec), cap);
    // From the predictions for 13, 14 and 15 agents above: ASA 17.1 s, 7.8 s, 3.7 s; P(wait) 28.5%, 17.4%, 10.2%.
    expect(fewest('asa_s<=10')).toBe(14);
    expect(fewest('asa_s<=5')).toBe(15);
    expect(fewest('p_wait<=0.2')).toBe(14);
    expect(fewest('p_wait<=20%')).toBe(14);
    // 10 erlangs at most 70% busy: 10 / 0.7 = 14.3 → 15.
    expect(fewest('service_level>=0.8@20s', 0.7)).toBe(15);
  });
});
