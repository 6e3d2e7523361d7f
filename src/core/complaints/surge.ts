import { categoryNames, complaintCountsByCategory } from '../../db/complaints.js';
import type { Store } from '../../db/open.js';

/** A category surges when a week this high has less than a 1% chance under its usual rate. */
export const SURGE_SIGNIFICANCE = 0.01;
export const BASELINE_WEEKS = 8;
/** With no complaint in the 8 weeks the rate is read as one complaint in them, so that two in a week surge (P ≈ 0.0072). */
export const NO_HISTORY_RATE = 1 / BASELINE_WEEKS;

const WEEK_S = 7 * 86400;

export interface Surge {
  categoryKey: string;
  category: string;
  /** Complaints in the last 7 days. */
  lastWeek: number;
  /** Mean weekly count in the 8 weeks before. */
  weeklyMean: number;
  /** The Poisson rate tested: the weekly mean, or NO_HISTORY_RATE when that is 0. */
  rate: number;
  /** P(X ≥ lastWeek) for X ~ Poisson(rate). */
  pValue: number;
}

/** P(X ≥ k) for X ~ Poisson(λ), summed upwards from k in log space so it stays exact when small. */
export function poissonUpperTail(k: number, lambda: number): number {
  if (k <= 0) return 1;
  let logTerm = -lambda + k * Math.log(lambda);
  for (let i = 2; i <= k; i++) logTerm -= Math.log(i);
  let term = Math.exp(logTerm);
  let sum = 0;
  for (let i = k; term > 0 && (i <= lambda || term > sum * 1e-17); i++) {
    sum += term;
    term *= lambda / (i + 1);
  }
  return Math.min(1, sum);
}

/** Tests one category's last week against its 8 previous weekly counts. */
export function surgeTest(lastWeek: number, previousWeeks: readonly number[]): Omit<Surge, 'categoryKey' | 'category'> {
  const weeklyMean = previousWeeks.reduce((sum, count) => sum + count, 0) / BASELINE_WEEKS;
  const rate = weeklyMean > 0 ? weeklyMean : NO_HISTORY_RATE;
  return { lastWeek, weeklyMean, rate, pValue: poissonUpperTail(lastWeek, rate) };
}

/** Categories whose complaints in the 7 days up to now are improbably many, most improbable first. */
export function surgingCategories(db: Store, now: number): Surge[] {
  const end = now + 1;
  const lastWeek = complaintCountsByCategory(db, end - WEEK_S, end);
  const previous = Array.from({ length: BASELINE_WEEKS }, (_, index) => complaintCountsByCategory(db, end - (index + 2) * WEEK_S, end - (index + 1) * WEEK_S));
  const names = categoryNames(db);
  const surges: Surge[] = [];
  for (const [categoryKey, count] of lastWeek) {
    const test = surgeTest(
      count,
      previous.map((week) => week.get(categoryKey) ?? 0),
    );
    if (test.pValue < SURGE_SIGNIFICANCE) surges.push({ categoryKey, category: names.get(categoryKey) ?? categoryKey, ...test });
  }
  return surges.sort((a, b) => a.pValue - b.pValue || a.categoryKey.localeCompare(b.categoryKey));
}
