import { categoryNames, complaintCountsByCategory, firstComplaintAt } from '../../db/complaints.js';
import type { Store } from '../../db/open.js';

/** A category surges when a week this high has less than a 1% chance under its usual rate. */
export const SURGE_SIGNIFICANCE = 0.01;
/** The history a week is compared with: up to 8 whole weeks before it, as far as the ledger goes back. */
export const BASELINE_WEEKS = 8;
/**
 * A ledger younger than this many whole weeks before the last 7 days has no usual rate to be
 * surprised against: two complaints in a new store are a start, not a surge.
 */
export const MIN_HISTORY_WEEKS = 4;

const WEEK_S = 7 * 86400;

export interface Surge {
  categoryKey: string;
  category: string;
  /** Complaints in the last 7 days. */
  lastWeek: number;
  /** Mean weekly count in the history weeks before. */
  weeklyMean: number;
  /** The whole weeks of history compared with (MIN_HISTORY_WEEKS … BASELINE_WEEKS), and when they began and ended (unix seconds). */
  historyWeeks: number;
  historyFrom: number;
  historyTo: number;
  /** The Poisson rate tested: the weekly mean, or, when that is 0, one complaint in the history weeks (with 8 weeks, two in a week surge: P ≈ 0.0072). */
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

/** Tests one category's last week against its previous weekly counts (the history weeks). */
export function surgeTest(lastWeek: number, previousWeeks: readonly number[]): Pick<Surge, 'lastWeek' | 'weeklyMean' | 'rate' | 'pValue'> {
  const weeklyMean = previousWeeks.reduce((sum, count) => sum + count, 0) / previousWeeks.length;
  const rate = weeklyMean > 0 ? weeklyMean : 1 / previousWeeks.length;
  return { lastWeek, weeklyMean, rate, pValue: poissonUpperTail(lastWeek, rate) };
}

/** Whole weeks of ledger before `weekStart`, at most BASELINE_WEEKS: the ledger begins with its first complaint. */
export function historyWeeks(firstComplaint: number | null, weekStart: number): number {
  if (firstComplaint === null || firstComplaint >= weekStart) return 0;
  return Math.min(BASELINE_WEEKS, Math.floor((weekStart - firstComplaint) / WEEK_S));
}

/** Categories whose complaints in the 7 days up to now are improbably many, most improbable first. */
export function surgingCategories(db: Store, now: number): Surge[] {
  const end = now + 1;
  const weekStart = end - WEEK_S;
  const weeks = historyWeeks(firstComplaintAt(db), weekStart);
  if (weeks < MIN_HISTORY_WEEKS) return [];
  const lastWeek = complaintCountsByCategory(db, weekStart, end);
  const previous = Array.from({ length: weeks }, (_, index) => complaintCountsByCategory(db, end - (index + 2) * WEEK_S, end - (index + 1) * WEEK_S));
  const names = categoryNames(db);
  const history = { historyWeeks: weeks, historyFrom: weekStart - weeks * WEEK_S, historyTo: weekStart };
  const surges: Surge[] = [];
  for (const [categoryKey, count] of lastWeek) {
    const test = surgeTest(
      count,
      previous.map((week) => week.get(categoryKey) ?? 0),
    );
    if (test.pValue < SURGE_SIGNIFICANCE) surges.push({ categoryKey, category: names.get(categoryKey) ?? categoryKey, ...test, ...history });
  }
  return surges.sort((a, b) => a.pValue - b.pValue || a.categoryKey.localeCompare(b.categoryKey));
}
