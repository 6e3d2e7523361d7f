import { describe, expect, it } from 'vitest';
import { codeItems, itemScore, type SwotItem } from '../../../src/core/swot/swot.js';
import { pairCode, towsPairs } from '../../../src/core/swot/tows.js';

const item = (quadrant: SwotItem['quadrant'], text: string, importance: number, likelihood: number | null = null): SwotItem => ({
  quadrant,
  text,
  importance,
  likelihood,
  note: null,
  evidenceKey: null,
  evidence: null,
  origin: 'added',
});

describe('TOWS pairing', () => {
  it('numbers items within their quadrant in the order given', () => {
    const coded = codeItems([item('threat', 'a', 1, 1), item('strength', 'b', 1), item('threat', 'c', 1, 1), item('strength', 'd', 1)]);
    expect(coded.map((c) => `${c.code} ${c.text}`)).toEqual(['S1 b', 'S2 d', 'T1 a', 'T2 c']);
  });

  it('scores strengths and weaknesses by importance, opportunities and threats by importance × likelihood / 5', () => {
    expect(itemScore(item('strength', 'x', 4))).toBe(4);
    expect(itemScore(item('threat', 'x', 5, 2))).toBe(2);
    expect(itemScore(item('opportunity', 'x', 3, 5))).toBe(3);
  });

  it('pairs the three highest-scored items of each quadrant, highest product first', () => {
    const items = [
      item('strength', 'S1', 2),
      item('strength', 'S2', 5),
      item('strength', 'S3', 3),
      item('strength', 'S4', 1), // fourth: left out
      item('weakness', 'W1', 4),
      item('opportunity', 'O1', 5, 5), // score 5
      item('opportunity', 'O2', 5, 1), // score 1
      item('threat', 'T1', 4, 5), // score 4
    ];
    const pairs = towsPairs(items);
    // SO: S2·O1 = 25, S3·O1 = 15, S1·O1 = 10, S2·O2 = 5, S3·O2 = 3, S1·O2 = 2
    // ST: S2·T1 = 20, S3·T1 = 12, S1·T1 = 8;  WO: W1·O1 = 20, W1·O2 = 4;  WT: W1·T1 = 16
    expect(pairs.map((pair) => `${pair.kind} ${pairCode(pair)} ${pair.score}`)).toEqual([
      'SO S2-O1 25',
      'ST S2-T1 20',
      'WO W1-O1 20',
      'WT W1-T1 16',
      'SO S3-O1 15',
      'ST S3-T1 12',
      'SO S1-O1 10',
      'ST S1-T1 8',
      'SO S2-O2 5',
      'WO W1-O2 4',
      'SO S3-O2 3',
      'SO S1-O2 2',
    ]);
    expect(pairs.some((pair) => pair.first.code === 'S4')).toBe(false);
  });

  it('has no pairs without both sides', () => {
    expect(towsPairs([item('strength', 'a', 3), item('weakness', 'b', 3)])).toEqual([]);
  });
});
