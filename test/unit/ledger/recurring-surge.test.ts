import { describe, expect, it } from 'vitest';
import { categoryKey } from '../../../src/core/complaints/category.js';
import { complaintStories, recordComplaint } from '../../../src/core/complaints/ledger.js';
import { recurringComplaints } from '../../../src/core/complaints/recurring.js';
import { poissonUpperTail, surgeTest, surgingCategories } from '../../../src/core/complaints/surge.js';
import { openStore, type Store } from '../../../src/db/open.js';
import { connection } from '../../../src/db/store.js';

const DAY = 86400;
const T0 = Date.UTC(2026, 10, 1) / 1000;

function add(db: Store, customer: string, category: string, receivedAt: number): number {
  return recordComplaint(db, {
    externalId: null,
    customer,
    category,
    categoryKey: categoryKey(category),
    severity: 'medium',
    channel: null,
    callId: null,
    remedy: null,
    description: 'x',
    receivedAt,
    recordedBy: 'ruth',
    recordedAt: receivedAt,
  });
}

describe('recurring complaints', () => {
  it('recur within N × 24 h for the same customer and category, matched case- and space-insensitively', () => {
    const db = openStore(':memory:');
    add(db, 'A', 'Late  Delivery', T0);
    add(db, 'A', 'late delivery', T0 + 30 * DAY); // exactly 30 days: recurs
    add(db, 'B', 'Billing', T0);
    add(db, 'B', 'billing', T0 + 30 * DAY + 1); // one second past: does not
    add(db, 'C', 'Billing', T0 + 5 * DAY); // same category, another customer: does not
    add(db, 'A', 'Billing', T0 + 31 * DAY); // same customer, another category: does not
    expect(complaintStories(db, T0 + 40 * DAY).map((story) => story.previousId)).toEqual([null, 1, null, null, null, null]);
  });

  it('follows the complaint_recurring_days setting', () => {
    const db = openStore(':memory:');
    connection(db).exec("INSERT INTO settings (key, value) VALUES ('complaint_recurring_days', '7')");
    add(db, 'A', 'x', T0);
    add(db, 'A', 'x', T0 + 7 * DAY);
    add(db, 'A', 'x', T0 + 14 * DAY + 1);
    expect(complaintStories(db, T0 + 20 * DAY).map((story) => story.previousId)).toEqual([null, 1, null]);
  });

  it('lists open recurring ones and recent ones, newest first', () => {
    const db = openStore(':memory:');
    add(db, 'A', 'x', T0);
    add(db, 'A', 'x', T0 + DAY);
    add(db, 'A', 'x', T0 + 2 * DAY);
    const now = T0 + 3 * DAY;
    expect(recurringComplaints(complaintStories(db, now), now, 30).map((story) => story.complaint.id)).toEqual([3, 2]);
  });
});

/** P(X ≥ k) the plain way, as 1 − Σ_{i<k} e^−λ λ^i / i!, to check the log-space sum. */
function plainTail(k: number, lambda: number): number {
  let below = 0;
  let factorial = 1;
  for (let i = 0; i < k; i++) {
    if (i > 0) factorial *= i;
    below += (Math.exp(-lambda) * lambda ** i) / factorial;
  }
  return 1 - below;
}

describe('surging categories', () => {
  it('computes the Poisson upper tail', () => {
    // λ = 2: e^−2 = 0.135335; P(X ≤ 5) = e^−2 (1 + 2 + 2 + 4/3 + 2/3 + 4/15) = 0.983436 → P(X ≥ 6) = 0.016564;
    // adding 2^6/6! = 4/45: P(X ≤ 6) = 0.995466 → P(X ≥ 7) = 0.004534.
    expect(poissonUpperTail(6, 2)).toBeCloseTo(0.016564, 5);
    expect(poissonUpperTail(7, 2)).toBeCloseTo(0.004534, 5);
    expect(poissonUpperTail(0, 2)).toBe(1);
    for (const [k, lambda] of [[1, 0.5], [3, 1.25], [10, 4], [25, 12.5]] as const) expect(poissonUpperTail(k, lambda)).toBeCloseTo(plainTail(k, lambda), 12);
  });

  it('flags a week just above the 1% line and not one just below', () => {
    // 2 a week for 8 weeks: λ = 2. Six in a week: P = 0.0166 ≥ 0.01, not surging; seven: P = 0.0045.
    const usual = [2, 2, 2, 2, 2, 2, 2, 2];
    expect(surgeTest(6, usual).pValue).toBeGreaterThan(0.01);
    expect(surgeTest(7, usual).pValue).toBeLessThan(0.01);
    // No history: λ is read as 1/8. One complaint: 1 − e^−0.125 = 0.1175; two: 1 − e^−0.125 · 1.125 = 0.00719.
    expect(surgeTest(1, [0, 0, 0, 0, 0, 0, 0, 0]).pValue).toBeCloseTo(0.117503, 5);
    expect(surgeTest(2, [0, 0, 0, 0, 0, 0, 0, 0]).pValue).toBeCloseTo(0.007191, 5);
  });

  it('finds them in the store: the last 7 days against the 8 weeks before', () => {
    const now = T0 + 70 * DAY;
    const build = (lastWeek: number) => {
      const db = openStore(':memory:');
      // Weeks 1..8 before the last 7 days: two complaints each, in the middle of each week.
      for (let week = 1; week <= 8; week++) for (let i = 0; i < 2; i++) add(db, `w${week}-${i}`, 'Billing', now - week * 7 * DAY - 3 * DAY - i * 3600);
      for (let i = 0; i < lastWeek; i++) add(db, `n${i}`, i % 2 ? 'billing' : 'BILLING ', now - i * DAY);
      // Older than 9 weeks: outside the baseline, must not raise λ.
      for (let i = 0; i < 20; i++) add(db, `old${i}`, 'billing', now - 70 * DAY + i);
      return surgingCategories(db, now);
    };
    expect(build(6)).toEqual([]);
    const [surge] = build(7);
    expect(surge).toMatchObject({ categoryKey: 'billing', category: 'Billing', lastWeek: 7, weeklyMean: 2, rate: 2 });
    expect(surge!.pValue).toBeCloseTo(0.004534, 5);
  });

  it('needs 4 whole weeks of ledger before the last 7 days, and says which weeks it compared with', () => {
    const now = T0 + 70 * DAY;
    const weekStart = now + 1 - 7 * DAY;
    const build = (ledgerStart: number) => {
      const db = openStore(':memory:');
      add(db, 'first', 'Other', ledgerStart);
      // One Billing complaint in the middle of each of the 4 weeks before: λ = 1.
      for (let week = 1; week <= 4; week++) add(db, `w${week}`, 'Billing', weekStart - week * 7 * DAY + 3 * DAY);
      // Five in the last 7 days: P(X ≥ 5 | 1) = 1 − e^−1 (1 + 1 + 1/2 + 1/6 + 1/24) = 0.00366.
      for (let i = 0; i < 5; i++) add(db, `n${i}`, 'Billing', now - i * DAY);
      return surgingCategories(db, now);
    };
    // The ledger begins exactly 4 weeks before the last 7 days: 4 whole weeks of history.
    const [surge] = build(weekStart - 28 * DAY);
    expect(surge).toMatchObject({ category: 'Billing', lastWeek: 5, weeklyMean: 1, rate: 1, historyWeeks: 4, historyFrom: weekStart - 28 * DAY, historyTo: weekStart });
    expect(surge!.pValue).toBeCloseTo(1 - Math.exp(-1) * (1 + 1 + 1 / 2 + 1 / 6 + 1 / 24), 12);
    // One second later: 3 whole weeks and a bit, too little history for a surge.
    expect(build(weekStart - 28 * DAY + 1)).toEqual([]);
  });
});
