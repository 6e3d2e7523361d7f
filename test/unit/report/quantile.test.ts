import { describe, expect, it } from 'vitest';
import { quantile } from '../../../src/core/kpi/quantile.js';

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
