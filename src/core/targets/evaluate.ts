import type { Target, TargetOp, TargetResult } from './target.js';

function holds(value: number, op: TargetOp, target: number): boolean {
  switch (op) {
    case '<':
      return value < target;
    case '<=':
      return value <= target;
    case '>':
      return value > target;
    case '>=':
      return value >= target;
    case '=':
      return value === target;
  }
}

/**
 * Holds each target against the measured values. Only targets whose KPI is among `values` are
 * evaluated (a call report passes the call KPIs, the ledger its own), in the order of `values`.
 */
export function evaluateTargets(targets: readonly Target[], values: Readonly<Record<string, number | null>>): TargetResult[] {
  const results: TargetResult[] = [];
  for (const kpi of Object.keys(values)) {
    const target = targets.find((candidate) => candidate.kpi === kpi);
    if (target === undefined) continue;
    const value = values[kpi] ?? null;
    results.push({ kpi, op: target.op, target: target.value, value, met: value === null ? null : holds(value, target.op, target.value) });
  }
  return results;
}

/** True when any target was missed; a target without a value (no calls) is not a breach. */
export function anyTargetMissed(results: readonly TargetResult[]): boolean {
  return results.some((result) => result.met === false);
}
