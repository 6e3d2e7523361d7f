import type { StoredItem } from './review.js';
import type { Review, ReviewStrategy } from './load.js';

export interface ItemChange {
  quadrant: StoredItem['quadrant'];
  text: string;
  old: { code: string; importance: number; likelihood: number | null } | null;
  new: { code: string; importance: number; likelihood: number | null } | null;
}

export interface ReviewDiff {
  old: { id: number; title: string; created_at: string; from: string; to: string };
  new: { id: number; title: string; created_at: string; from: string; to: string };
  added: ItemChange[];
  dropped: ItemChange[];
  rescored: ItemChange[];
  unchanged: ItemChange[];
  /** The old review's strategies and what became of them. */
  strategies: Pick<ReviewStrategy, 'code' | 'kind' | 'first' | 'second' | 'text' | 'owner' | 'dueDay' | 'outcome'>[];
}

/** Case, spacing and final punctuation do not make a different item. */
function sameText(a: string, b: string): boolean {
  const plain = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').replace(/[.!;:,\s]+$/, '').trim();
  return plain(a) === plain(b);
}

/**
 * Matches each new item to an old one of the same quadrant: drawn from the same evidence, or
 * with the same text. Matched items whose importance or likelihood moved are re-scored.
 */
export function diffReviews(older: Review, newer: Review): ReviewDiff {
  const unmatched = [...older.items];
  const take = (item: StoredItem): StoredItem | undefined => {
    const byEvidence = unmatched.findIndex((old) => old.quadrant === item.quadrant && old.evidenceKey !== null && old.evidenceKey === item.evidenceKey);
    const index = byEvidence >= 0 ? byEvidence : unmatched.findIndex((old) => old.quadrant === item.quadrant && sameText(old.text, item.text));
    return index < 0 ? undefined : unmatched.splice(index, 1)[0];
  };
  const scores = (item: StoredItem) => ({ code: item.code, importance: item.importance, likelihood: item.likelihood });
  const diff: ReviewDiff = { old: header(older), new: header(newer), added: [], dropped: [], rescored: [], unchanged: [], strategies: [] };
  for (const item of newer.items) {
    const old = take(item);
    const change: ItemChange = { quadrant: item.quadrant, text: item.text, old: old ? scores(old) : null, new: scores(item) };
    if (!old) diff.added.push(change);
    else if (old.importance !== item.importance || old.likelihood !== item.likelihood) diff.rescored.push(change);
    else diff.unchanged.push(change);
  }
  diff.dropped = unmatched.map((old) => ({ quadrant: old.quadrant, text: old.text, old: scores(old), new: null }));
  diff.strategies = older.strategies.map(({ code, kind, first, second, text, owner, dueDay, outcome }) => ({ code, kind, first, second, text, owner, dueDay, outcome }));
  return diff;
}

function header(review: Review) {
  return { id: review.id, title: review.title, created_at: review.createdAt, from: review.from, to: review.to };
}
