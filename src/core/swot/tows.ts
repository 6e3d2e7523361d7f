import { codeItems, itemScore, type CodedItem, type Quadrant, type StrategyKind, type SwotItem } from './swot.js';

/** The four TOWS pairings (Weihrich, 1982) and the question each asks. */
export const TOWS: Record<StrategyKind, { first: Quadrant; second: Quadrant; aim: string }> = {
  SO: { first: 'strength', second: 'opportunity', aim: 'use the strength to take the opportunity' },
  ST: { first: 'strength', second: 'threat', aim: 'use the strength to meet the threat' },
  WO: { first: 'weakness', second: 'opportunity', aim: 'take the opportunity to overcome the weakness' },
  WT: { first: 'weakness', second: 'threat', aim: 'reduce the weakness so the threat cannot exploit it' },
};

/** How many of each quadrant's highest-scored items are paired. */
export const TOWS_TOP = 3;

export interface TowsPair {
  kind: StrategyKind;
  first: CodedItem;
  second: CodedItem;
  /** The product of the two items' scores, 0–25. */
  score: number;
}

/** The top items of each quadrant paired as TOWS does, highest combined score first. */
export function towsPairs(items: readonly SwotItem[]): TowsPair[] {
  const coded = codeItems(items);
  const top = (quadrant: Quadrant) =>
    coded
      .filter((item) => item.quadrant === quadrant)
      .sort((a, b) => itemScore(b) - itemScore(a))
      .slice(0, TOWS_TOP);
  const pairs: TowsPair[] = [];
  for (const [kind, { first, second }] of Object.entries(TOWS) as [StrategyKind, (typeof TOWS)[StrategyKind]][]) {
    for (const a of top(first)) for (const b of top(second)) pairs.push({ kind, first: a, second: b, score: itemScore(a) * itemScore(b) });
  }
  // A stable order for equal scores keeps the list the same from one run to the next.
  return pairs.sort((a, b) => b.score - a.score || a.first.code.localeCompare(b.first.code) || a.second.code.localeCompare(b.second.code));
}

export function pairCode(pair: Pick<TowsPair, 'first' | 'second'>): string {
  return `${pair.first.code}-${pair.second.code}`;
}
