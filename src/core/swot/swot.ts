export const QUADRANTS = ['strength', 'weakness', 'opportunity', 'threat'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

export const QUADRANT_LETTER: Record<Quadrant, string> = { strength: 'S', weakness: 'W', opportunity: 'O', threat: 'T' };
export const QUADRANT_TITLE: Record<Quadrant, string> = { strength: 'Strengths', weakness: 'Weaknesses', opportunity: 'Opportunities', threat: 'Threats' };

/** Opportunities and threats may or may not come about: they carry a likelihood as well. */
export function hasLikelihood(quadrant: Quadrant): boolean {
  return quadrant === 'opportunity' || quadrant === 'threat';
}

export interface SwotItem {
  quadrant: Quadrant;
  text: string;
  /** 1–5. */
  importance: number;
  /** 1–5 for opportunities and threats, null for strengths and weaknesses. */
  likelihood: number | null;
  note: string | null;
  /** What a proposed item was drawn from (e.g. kpi-service_level); matches it across reviews. */
  evidenceKey: string | null;
  evidence: string | null;
  origin: 'proposed' | 'edited' | 'added';
}

/** An item with its place in the review: S1, S2 … in the order they were added to the quadrant. */
export interface CodedItem extends SwotItem {
  code: string;
}

export const STRATEGY_KINDS = ['SO', 'ST', 'WO', 'WT'] as const;
export type StrategyKind = (typeof STRATEGY_KINDS)[number];

export interface Strategy {
  kind: StrategyKind;
  /** Code of the strength or weakness. */
  first: string;
  /** Code of the opportunity or threat. */
  second: string;
  text: string;
  owner: string | null;
  /** YYYY-MM-DD. */
  dueDay: string | null;
  /** Also to be followed as an organisational commitment (`svc check`). */
  commit: boolean;
}

export type StrategyStatus = 'open' | 'done' | 'not_done';

/** A review as the session produces it, before it is stored. */
export interface SwotDraft {
  title: string;
  from: string;
  to: string;
  items: SwotItem[];
  strategies: Strategy[];
  /** What became of the previous review's open strategies, by their stored id. */
  previousOutcomes: { strategyId: number; status: StrategyStatus }[];
}

/** Items in quadrant order, each numbered within its quadrant in the order given. */
export function codeItems<T extends SwotItem>(items: readonly T[]): (T & { code: string })[] {
  const counts = new Map<Quadrant, number>();
  return QUADRANTS.flatMap((quadrant) =>
    items
      .filter((item) => item.quadrant === quadrant)
      .map((item) => {
        const position = (counts.get(quadrant) ?? 0) + 1;
        counts.set(quadrant, position);
        return { ...item, code: `${QUADRANT_LETTER[quadrant]}${position}` };
      }),
  );
}

/**
 * An item's weight in the review, on 0–5: its importance for a strength or weakness, and
 * importance × likelihood / 5 for an opportunity or threat (an unlikely one counts for less).
 */
export function itemScore(item: Pick<SwotItem, 'importance' | 'likelihood'>): number {
  return item.likelihood === null ? item.importance : (item.importance * item.likelihood) / 5;
}
