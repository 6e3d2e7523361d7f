import { describe, expect, it } from 'vitest';
import { thresholdPosition, waitBucketLabels } from '../../../src/io/render/views/wait-buckets.js';

describe('the wait distribution’s buckets', () => {
  it('are named by their edges, in seconds and then in whole minutes', () => {
    expect(waitBucketLabels([10, 20, 30, 45, 60, 90, 120, 180, 300])).toEqual(['0–10 s', '10–20 s', '20–30 s', '30–45 s', '45–60 s', '60–90 s', '90–120 s', '2–3 min', '3–5 min', '> 5 min']);
    expect(waitBucketLabels([15, 100])).toEqual(['0–15 s', '15–100 s', '> 100 s']);
  });

  it('place T where it falls, counted in buckets from the left edge', () => {
    const edges = [10, 20, 30, 45];
    // On an edge: after the bucket it closes (T = 20 closes the second bucket).
    expect(thresholdPosition(edges, 20)).toBe(2);
    expect(thresholdPosition(edges, 10)).toBe(1);
    // Inside a bucket: in proportion (40 s is two thirds of the way from 30 to 45).
    expect(thresholdPosition(edges, 40)).toBeCloseTo(3 + 10 / 15, 12);
    expect(thresholdPosition(edges, 5)).toBe(0.5);
    // Beyond the last edge: in the middle of the last, open bucket.
    expect(thresholdPosition(edges, 60)).toBe(4.5);
  });
});
