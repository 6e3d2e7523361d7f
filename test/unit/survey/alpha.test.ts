import { describe, expect, it } from 'vitest';
import { cronbachAlpha, reliability } from '../../../src/core/survey/alpha.js';
import { parseInstrument } from '../../../src/core/survey/define.js';
import { reliabilities, summarise } from '../../../src/core/survey/summary.js';

/*
 * Worked by hand (sample variances, divisor n − 1):
 *            item1 item2 item3 | total
 *   r1         4     5     4   |  13
 *   r2         3     3     2   |   8
 *   r3         5     5     5   |  15
 *   r4         2     3     3   |   8
 *   r5         4     4     3   |  11
 *   mean      3.6   4.0   3.4  |  11
 *   var       1.3   1.0   1.3  |  9.5   (Σ squares 5.2, 4, 5.2, 38 over 4)
 * alpha = 3/2 · (1 − 3.6/9.5) = 0.931579
 * without item1: totals 9, 5, 10, 6, 7 (mean 7.4, var 17.2/4 = 4.3): 2 · (1 − 2.3/4.3) = 0.930233
 * without item2: totals 8, 5, 10, 5, 7 (mean 7, var 18/4 = 4.5):     2 · (1 − 2.6/4.5) = 0.844444
 * without item3: totals 9, 6, 10, 5, 8 (mean 7.6, var 17.2/4 = 4.3): 2 · (1 − 2.3/4.3) = 0.930233
 */
const ROWS = [
  [4, 5, 4],
  [3, 3, 2],
  [5, 5, 5],
  [2, 3, 3],
  [4, 4, 3],
];

describe("Cronbach's alpha", () => {
  it('matches the hand-worked example, with alpha if each item is deleted', () => {
    const result = reliability('d', ['item1', 'item2', 'item3'], ROWS);
    expect(result.alpha).toBeCloseTo(0.931579, 6);
    expect(result.if_deleted.map((d) => d.item)).toEqual(['item1', 'item2', 'item3']);
    expect(result.if_deleted[0]?.alpha).toBeCloseTo(0.930233, 6);
    expect(result.if_deleted[1]?.alpha).toBeCloseTo(0.844444, 6);
    expect(result.if_deleted[2]?.alpha).toBeCloseTo(0.930233, 6);
  });

  it('agrees with the covariance-matrix form k/(k−1) · (1 − trace / sum of all covariances)', () => {
    const rows = [
      [1, 2, 2, 4],
      [3, 3, 4, 4],
      [2, 2, 1, 3],
      [5, 4, 5, 5],
      [4, 5, 3, 4],
      [2, 1, 2, 2],
      [3, 4, 4, 3],
    ];
    const k = 4;
    const n = rows.length;
    const means = Array.from({ length: k }, (_, j) => rows.reduce((s, r) => s + (r[j] as number), 0) / n);
    let trace = 0;
    let total = 0;
    for (let a = 0; a < k; a++) {
      for (let b = 0; b < k; b++) {
        let c = 0;
        for (const r of rows) c += ((r[a] as number) - (means[a] as number)) * ((r[b] as number) - (means[b] as number));
        c /= n - 1;
        total += c;
        if (a === b) trace += c;
      }
    }
    expect(cronbachAlpha(rows)).toBeCloseTo((k / (k - 1)) * (1 - trace / total), 12);
  });

  it('is undefined with one item, one respondent, or totals that never vary', () => {
    expect(cronbachAlpha([[1], [2]])).toBeNull();
    expect(cronbachAlpha([[1, 2]])).toBeNull();
    expect(cronbachAlpha([[3, 3], [3, 3]])).toBeNull();
  });

  it('mirrors a reverse-scored item before computing alpha and dimension means', () => {
    const instrument = parseInstrument(
      {
        id: 'visit',
        scales: { agree5: { min: 1, max: 5 } },
        dimensions: [{ id: 'care' }],
        items: [
          { id: 'q1', text: 'The technician was polite', scale: 'agree5', dimension: 'care' },
          { id: 'q2', text: 'The technician explained the work', scale: 'agree5', dimension: 'care' },
          { id: 'q3', text: 'The technician seemed in a hurry', scale: 'agree5', dimension: 'care', reverse: true },
        ],
      },
      'test',
    );
    // q3 as answered is 6 − the hand-worked item3, so mirrored (6 − answer) it is item3 again.
    const answers = ROWS.map(([a, b, c]) => new Map([['q1', a as number], ['q2', b as number], ['q3', 6 - (c as number)]]));
    const [care] = reliabilities(instrument, answers);
    expect(care?.alpha).toBeCloseTo(0.931579, 6);
    const summary = summarise(instrument, answers);
    if (summary.kind !== 'custom') throw new Error('expected a custom summary');
    // Respondent means of the scored items are the totals / 3: 13, 8, 15, 8, 11 → mean 55/15.
    expect(summary.dimensions[0]?.mean).toBeCloseTo(55 / 15, 12);
    // The item mean stays as answered: (2 + 4 + 1 + 3 + 3) / 5.
    expect(summary.items.find((item) => item.item === 'q3')?.mean).toBeCloseTo(13 / 5, 12);
  });
});
