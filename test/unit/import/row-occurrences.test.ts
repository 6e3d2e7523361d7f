import { describe, expect, it } from 'vitest';
import { RowOccurrences } from '../../../src/io/formats/row-occurrences.js';

describe('RowOccurrences', () => {
  it('numbers identical rows from the second on, separately for each row', () => {
    const occurrences = new RowOccurrences();
    expect([occurrences.key('a', 100), occurrences.key('b', 100), occurrences.key('a', 100), occurrences.key('a', 100), occurrences.key('b', 100)]).toEqual(['a', 'b', 'a#2', 'a#3', 'b#2']);
  });

  it('lets go of arrivals a day behind the latest once many rows have been seen, and keeps the recent ones', () => {
    const occurrences = new RowOccurrences();
    occurrences.key('early', 0);
    // 250,000 distinct rows over the next five days: past the 200,000 kept before pruning.
    for (let i = 0; i < 250_000; i++) occurrences.key(`row ${i}`, 86_400 + Math.floor((i * 4 * 86_400) / 250_000));
    expect(occurrences.key('early', 0)).toBe('early');
    expect(occurrences.key('row 249999', 86_400 + Math.floor((249_999 * 4 * 86_400) / 250_000))).toBe('row 249999#2');
  });
});
