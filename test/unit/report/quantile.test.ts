import { describe, expect, it } from 'vitest';
import { mergeCounted, quantile, quantileOfCounted } from '../../../src/core/kpi/quantile.js';

// numpy's default ("linear"): h = (n − 1)p, x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋ + 1] − x[⌊h⌋]); worked by hand.
describe('quantile', () => {
  it('interpolates between closest ranks', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5); // h = 1.5 → 2 + 0.5 × 1
    expect(quantile([1, 2, 3, 4], 0.9)).toBeCloseTo(3.7, 12); // h = 2.7 → 3 + 0.7 × 1
    expect(quantile([10, 20, 40], 0.9)).toBeCloseTo(36, 12); // h = 1.8 → 20 + 0.8 × 20
    expect(quantile([10, 20, 40], 0.5)).toBe(20); // h = 1 exactly: no interpolation
    expect(quantile([0, 5, 10, 20, 30, 60], 0.9)).toBe(45); // h = 4.5 → 30 + 0.5 × 30
    expect(quantile([3, 3, 3, 100], 0.5)).toBe(3); // h = 1.5 between two equal values
  });

  it('takes the ends at p = 0 and p = 1 and a lone value for any p', () => {
    expect(quantile([2, 7, 9], 0)).toBe(2);
    expect(quantile([2, 7, 9], 1)).toBe(9);
    expect(quantile([42], 0.9)).toBe(42);
  });

  it('is null with no values', () => {
    expect(quantile([], 0.5)).toBeNull();
  });
});

describe('quantile of counted values', () => {
  it('interpolates between closest ranks counted out by hand', () => {
    // 5 × 2 s, 1 × 4 s, 2 × 10 s: 2 2 2 2 2 4 10 10. Median h = 3.5 → 2; p90 h = 6.3 → 10.
    const counted = { values: [2, 4, 10], counts: [5, 1, 2] };
    expect(quantileOfCounted(counted, 0.5)).toBe(2);
    expect(quantileOfCounted(counted, 0.9)).toBe(10);
    // p = 0.7: h = 4.9 → rank 4 is 2, rank 5 is 4 → 2 + 0.9 × 2
    expect(quantileOfCounted(counted, 0.7)).toBeCloseTo(3.8, 12);
    expect(quantileOfCounted({ values: [], counts: [] }, 0.5)).toBeNull();
  });

  it('equals the quantile of the values written out one by one, for random counts and merges', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 200; round++) {
      const lists = Array.from({ length: 1 + Math.floor(next() * 3) }, () => {
        const values = [...new Set(Array.from({ length: 1 + Math.floor(next() * 12) }, () => Math.floor(next() * 40) / (next() < 0.3 ? 10 : 1)))].sort((a, b) => a - b);
        return { values, counts: values.map(() => 1 + Math.floor(next() * 4)) };
      });
      const written = lists.flatMap(({ values, counts }) => values.flatMap((value, i) => Array<number>(counts[i]!).fill(value))).sort((a, b) => a - b);
      for (const p of [0, 0.1, 0.5, 0.9, 1]) expect(quantileOfCounted(mergeCounted(lists), p)).toBe(quantile(written, p));
    }
  });
});
