import type { CodedItem, Strategy, StrategyStatus } from './swot.js';

export interface StoredItem extends CodedItem {
  id: number;
}

/** A strategy as stored: `first` and `second` are the codes of the paired items, e.g. S1 and O2. */
export interface StoredStrategy extends Omit<Strategy, 'commit'> {
  id: number;
  commitmentId: number | null;
  /** As recorded by a later review; a linked commitment's own state takes precedence (see strategyOutcome). */
  status: StrategyStatus;
  statusAt: string | null;
}

/** A saved review: dates are ISO (YYYY-MM-DD for the period, an instant for createdAt). */
export interface StoredReview {
  id: number;
  title: string;
  createdAt: string;
  from: string;
  to: string;
  items: StoredItem[];
  strategies: StoredStrategy[];
}

/** A strategy's code within its review: its kind and its number among that kind, e.g. SO1. */
export function strategyCodes(strategies: readonly Pick<StoredStrategy, 'kind'>[]): string[] {
  const counts = new Map<string, number>();
  return strategies.map((strategy) => {
    const number = (counts.get(strategy.kind) ?? 0) + 1;
    counts.set(strategy.kind, number);
    return `${strategy.kind}${number}`;
  });
}
