import { describe, expect, it } from 'vitest';
import { npsBand, npsSummary } from '../../../src/core/survey/nps.js';

describe('NPS', () => {
  it('puts 6 with the detractors, 7 and 8 with the passives, 9 with the promoters', () => {
    expect([0, 6, 7, 8, 9, 10].map(npsBand)).toEqual(['detractor', 'detractor', 'passive', 'passive', 'promoter', 'promoter']);
  });

  it('computes the score and its 95% margin on a hand-worked sample', () => {
    // 10 answers: promoters 10, 9, 9 (3); passives 8, 7, 7 (3); detractors 6, 6, 3, 0 (4).
    // NPS = 30% − 40% = −10 points.
    // Var = (0.3·0.7 + 0.4·0.6 + 2·0.3·0.4) / 10 = (0.21 + 0.24 + 0.24) / 10 = 0.069
    // margin = 1.96 · sqrt(0.069) · 100 = 1.96 · 0.2626785 · 100 = 51.485 points.
    const summary = npsSummary([10, 9, 9, 8, 7, 7, 6, 6, 3, 0]);
    expect(summary).toMatchObject({ n: 10, promoters: 3, passives: 3, detractors: 4 });
    expect(summary.nps).toBeCloseTo(-10, 10);
    expect(summary.margin_of_error).toBeCloseTo(51.485, 3);
  });

  it('agrees with the margin computed a second way: the variance of per-respondent scores +1 / 0 / −1', () => {
    const scores = [10, 10, 9, 9, 9, 8, 8, 8, 7, 7, 7, 7, 6, 5, 5, 2, 9, 10, 4, 8, 8, 9, 9, 10, 3];
    const x = scores.map((score) => (score >= 9 ? 1 : score <= 6 ? -1 : 0));
    let sum = 0;
    for (const value of x) sum += value;
    const mean = sum / x.length;
    let squares = 0;
    for (const value of x) squares += (value - mean) ** 2;
    // NPS is 100 · mean(x); the variance of the mean of n draws is the population variance / n.
    const margin = 100 * 1.96 * Math.sqrt(squares / x.length / x.length);
    const summary = npsSummary(scores);
    expect(summary.nps).toBeCloseTo(100 * mean, 10);
    expect(summary.margin_of_error).toBeCloseTo(margin, 10);
  });

  it('flags fewer than 30 answers as too few: 29 is, 30 is not', () => {
    expect(npsSummary(Array.from({ length: 29 }, () => 10)).too_few_answers).toBe(true);
    expect(npsSummary(Array.from({ length: 30 }, () => 10)).too_few_answers).toBe(false);
  });

  it('has no score without answers', () => {
    expect(npsSummary([])).toEqual({ n: 0, too_few_answers: true, promoters: 0, passives: 0, detractors: 0, nps: null, margin_of_error: null });
  });
});
