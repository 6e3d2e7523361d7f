import { describe, expect, it } from 'vitest';
import { SERVQUAL, servqualKey } from '../../../src/core/survey/servqual.js';
import { servqualSummary } from '../../../src/core/survey/servqual-gaps.js';
import { questionsOf } from '../../../src/core/survey/questions.js';

/** One respondent: every expectation and perception of a dimension the same, optional weights. */
function respondent(scores: Record<string, [e: number, p: number]>, weights?: Record<string, number>): Map<string, number> {
  const answers = new Map<string, number>();
  for (const item of SERVQUAL.items) {
    const [e, p] = scores[item.dimension as string] as [number, number];
    answers.set(servqualKey('E', item.id), e);
    answers.set(servqualKey('P', item.id), p);
  }
  for (const [dimension, points] of Object.entries(weights ?? {})) answers.set(servqualKey('W', dimension), points);
  return answers;
}

describe('SERVQUAL', () => {
  it('has 22 statements in five dimensions (4, 5, 4, 4, 5), each worded in English and Hebrew, asked twice', () => {
    const counts = SERVQUAL.dimensions.map((d) => SERVQUAL.items.filter((item) => item.dimension === d.id).length);
    expect(SERVQUAL.dimensions.map((d) => d.id)).toEqual(['tangibles', 'reliability', 'responsiveness', 'assurance', 'empathy']);
    expect(counts).toEqual([4, 5, 4, 4, 5]);
    for (const item of SERVQUAL.items) {
      expect(item.text.en?.length).toBeGreaterThan(10);
      expect(item.text.he).toMatch(/[\u0590-\u05FF]/);
      expect(item.scale).toMatchObject({ min: 1, max: 7 });
    }
    const questions = questionsOf(SERVQUAL);
    expect(questions).toHaveLength(44);
    expect(questions[0]).toMatchObject({ key: 'E:tan1', path: 'expectations.tan1' });
    expect(questions[22]).toMatchObject({ key: 'P:tan1', path: 'perceptions.tan1' });
  });

  it('gives each dimension its mean expectation, perception and gap, worst gap first, unweighted and weighted', () => {
    // Respondent A: tangibles E6 P6, reliability E7 P4, responsiveness E6 P5, assurance E6 P6, empathy E5 P6;
    //   weights 10, 40, 20, 20, 10.
    // Respondent B: tangibles E5 P6, reliability E7 P5, responsiveness E6 P4, assurance E7 P6, empathy E5 P5;
    //   weights 20, 30, 30, 10, 10.
    // Means:          E     P     gap    weight
    //   tangibles   5.5   6.0   +0.5    15
    //   reliability 7.0   4.5   −2.5    35
    //   responsive. 6.0   4.5   −1.5    25
    //   assurance   6.5   6.0   −0.5    15
    //   empathy     5.0   5.5   +0.5    10
    // unweighted = (0.5 − 2.5 − 1.5 − 0.5 + 0.5) / 5 = −0.7
    // weighted = (0.5·15 − 2.5·35 − 1.5·25 − 0.5·15 + 0.5·10) / 100 = (7.5 − 87.5 − 37.5 − 7.5 + 5) / 100 = −1.2
    const a = respondent({ tangibles: [6, 6], reliability: [7, 4], responsiveness: [6, 5], assurance: [6, 6], empathy: [5, 6] }, { tangibles: 10, reliability: 40, responsiveness: 20, assurance: 20, empathy: 10 });
    const b = respondent({ tangibles: [5, 6], reliability: [7, 5], responsiveness: [6, 4], assurance: [7, 6], empathy: [5, 5] }, { tangibles: 20, reliability: 30, responsiveness: 30, assurance: 10, empathy: 10 });
    const summary = servqualSummary(SERVQUAL, [a, b]);
    expect(summary.dimensions.map((d) => d.dimension)).toEqual(['reliability', 'responsiveness', 'assurance', 'tangibles', 'empathy']);
    const reliability = summary.dimensions[0];
    expect(reliability).toMatchObject({ expectation: 7, perception: 4.5, gap: -2.5, weight: 35 });
    expect(summary.dimensions.find((d) => d.dimension === 'tangibles')).toMatchObject({ expectation: 5.5, perception: 6, gap: 0.5, weight: 15 });
    expect(summary.gap_unweighted).toBeCloseTo(-0.7, 12);
    expect(summary.gap_weighted).toBeCloseTo(-1.2, 12);
    expect(summary.weights_n).toBe(2);
  });

  it('weighs only with the respondents who gave weights, and has no weighted gap when none did', () => {
    const scores = { tangibles: [6, 6], reliability: [7, 4], responsiveness: [6, 5], assurance: [6, 6], empathy: [5, 6] } as Record<string, [number, number]>;
    const none = servqualSummary(SERVQUAL, [respondent(scores)]);
    expect(none.gap_weighted).toBeNull();
    expect(none.dimensions.every((d) => d.weight === null)).toBe(true);
    // Gaps 0, −3, −1, 0, +1; weights from the one respondent who gave them: 0, 100, 0, 0, 0 → weighted −3.
    const one = servqualSummary(SERVQUAL, [respondent(scores), respondent(scores, { tangibles: 0, reliability: 100, responsiveness: 0, assurance: 0, empathy: 0 })]);
    expect(one.weights_n).toBe(1);
    expect(one.gap_weighted).toBeCloseTo(-3, 12);
  });
});
