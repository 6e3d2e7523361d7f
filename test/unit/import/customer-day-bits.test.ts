import { describe, expect, it } from 'vitest';
import { dayChainChanges, localDaysOfMonth } from '../../../src/db/customer-day-bits.js';

const sorted = (chains: { localDay: number; previousDay: number; customers: number }[]) =>
  [...chains].sort((a, b) => a.localDay - b.localDay || a.previousDay - b.previousDay);

describe("customers' days as bits of their months", () => {
  it('reads the local days of a month from its bits', () => {
    // January 1970 starts on day 0: bits 0 and 2 are days 0 and 2.
    expect(localDaysOfMonth(0, 0b101)).toEqual([0, 2]);
    // February 1970 starts on day 31: bit 9 (the 10th) is day 40; bit 27 (the 28th) is day 58.
    expect(localDaysOfMonth(1, (1 << 9) | (1 << 27))).toEqual([40, 58]);
    // March 2024 (month 650) starts on day 19,783 (2024-03-01); its 31st is bit 30.
    expect(localDaysOfMonth(650, 1 << 30)).toEqual([Date.UTC(2024, 2, 31) / 86_400_000]);
  });

  it('moves the chains by what changed, the first day of an unchanged month cancelling out', () => {
    const changes = dayChainChanges([
      // A: January holds day 0 and stays; February gains day 40, chained to day 0.
      { customer: 'A', month: 0, before: 0b1, after: 0b1 },
      { customer: 'A', month: 1, before: 0, after: 1 << 9 },
      // B: January held days 0 and 10 and gains day 5 between them: 10 now follows 5, not 0.
      { customer: 'B', month: 0, before: (1 << 0) | (1 << 10), after: (1 << 0) | (1 << 5) | (1 << 10) },
      // C: a first month, all new: day 3 with no previous day.
      { customer: 'C', month: 0, before: 0, after: 1 << 3 },
      // D: loses its only day (an undo): day 7 with no previous day goes.
      { customer: 'D', month: 0, before: 1 << 7, after: 0 },
    ]);
    expect(sorted(changes)).toEqual([
      { localDay: 3, previousDay: -1, customers: 1 },
      { localDay: 5, previousDay: 0, customers: 1 },
      { localDay: 7, previousDay: -1, customers: -1 },
      { localDay: 10, previousDay: 0, customers: -1 },
      { localDay: 10, previousDay: 5, customers: 1 },
      { localDay: 40, previousDay: 0, customers: 1 },
    ]);
  });

  it('adds up the same chain over customers, and leaves out what nets to nothing', () => {
    const changes = dayChainChanges([
      { customer: 'A', month: 0, before: 0, after: 1 << 3 },
      { customer: 'B', month: 0, before: 0, after: 1 << 3 },
      { customer: 'C', month: 0, before: 1 << 4, after: 1 << 4 },
    ]);
    expect(changes).toEqual([{ localDay: 3, previousDay: -1, customers: 2 }]);
  });
});
