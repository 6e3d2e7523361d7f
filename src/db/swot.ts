import { codeItems, QUADRANT_LETTER, QUADRANTS, type StrategyStatus, type SwotDraft, type SwotItem } from '../core/swot/swot.js';
import type { StoredItem, StoredReview, StoredStrategy } from '../core/swot/review.js';
import { connection, type Store } from './store.js';

interface ItemRow {
  id: number;
  quadrant: SwotItem['quadrant'];
  position: number;
  text: string;
  importance: number;
  likelihood: number | null;
  note: string | null;
  evidence_key: string | null;
  evidence: string | null;
  origin: SwotItem['origin'];
}

export interface ReviewSummary {
  id: number;
  created_at: string;
  title: string;
  from: string;
  to: string;
  strengths: number;
  weaknesses: number;
  opportunities: number;
  threats: number;
  strategies: number;
}

/** Writes a review, its items (numbered within each quadrant) and its strategies; returns the id and each strategy's row id. */
export function insertReview(store: Store, draft: SwotDraft, createdAt: string): { id: number; strategyIds: number[] } {
  const db = connection(store);
  const review = db.prepare('INSERT INTO swot_reviews (title, created_at, from_day, to_day) VALUES (?, ?, ?, ?)').run(draft.title, createdAt, draft.from, draft.to);
  const id = Number(review.lastInsertRowid);
  const itemIds = new Map<string, number>();
  for (const item of codeItems(draft.items)) itemIds.set(item.code, insertItemRow(db, id, item, Number(item.code.slice(1))));
  const strategy = db.prepare(
    'INSERT INTO swot_strategies (review_id, kind, first_item, second_item, text, owner, due_day) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const strategyIds = draft.strategies.map((s) => Number(strategy.run(id, s.kind, itemIds.get(s.first), itemIds.get(s.second), s.text, s.owner, s.dueDay).lastInsertRowid));
  return { id, strategyIds };
}

/** Appends an item to its quadrant of an existing review; returns its position. */
export function appendItem(store: Store, reviewId: number, item: SwotItem): number {
  const db = connection(store);
  const last = db.prepare('SELECT max(position) AS last FROM swot_items WHERE review_id = ? AND quadrant = ?').get(reviewId, item.quadrant) as { last: number | null };
  const position = (last.last ?? 0) + 1;
  insertItemRow(db, reviewId, item, position);
  return position;
}

function insertItemRow(store: Store, reviewId: number, item: SwotItem, position: number): number {
  const db = connection(store);
  const info = db
    .prepare(
      `INSERT INTO swot_items (review_id, quadrant, position, text, importance, likelihood, note, evidence_key, evidence, origin)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(reviewId, item.quadrant, position, item.text, item.importance, item.likelihood, item.note, item.evidenceKey, item.evidence, item.origin);
  return Number(info.lastInsertRowid);
}

export function linkCommitment(store: Store, strategyId: number, commitmentId: number): void {
  const db = connection(store);
  db.prepare('UPDATE swot_strategies SET commitment_id = ? WHERE id = ?').run(commitmentId, strategyId);
}

export function setStrategyStatus(store: Store, strategyId: number, status: StrategyStatus, at: string): void {
  const db = connection(store);
  db.prepare('UPDATE swot_strategies SET status = ?, status_at = ? WHERE id = ?').run(status, at, strategyId);
}

export function readReview(store: Store, id: number): StoredReview | undefined {
  const db = connection(store);
  const review = db.prepare('SELECT id, title, created_at AS createdAt, from_day AS "from", to_day AS "to" FROM swot_reviews WHERE id = ?').get(id) as
    | Omit<StoredReview, 'items' | 'strategies'>
    | undefined;
  if (!review) return undefined;
  const rows = db.prepare('SELECT * FROM swot_items WHERE review_id = ?').all(id) as ItemRow[];
  const order = (row: ItemRow) => QUADRANTS.indexOf(row.quadrant) * 1e6 + row.position;
  const items: StoredItem[] = rows
    .sort((a, b) => order(a) - order(b))
    .map((row) => ({
      id: row.id,
      code: `${QUADRANT_LETTER[row.quadrant]}${row.position}`,
      quadrant: row.quadrant,
      text: row.text,
      importance: row.importance,
      likelihood: row.likelihood,
      note: row.note,
      evidenceKey: row.evidence_key,
      evidence: row.evidence,
      origin: row.origin,
    }));
  const codeOf = new Map(items.map((item) => [item.id, item.code]));
  const strategies = (
    db
      .prepare(
        `SELECT id, kind, first_item, second_item, text, owner, due_day AS dueDay, commitment_id AS commitmentId, status, status_at AS statusAt
         FROM swot_strategies WHERE review_id = ? ORDER BY id`,
      )
      .all(id) as (Omit<StoredStrategy, 'first' | 'second'> & { first_item: number; second_item: number })[]
  ).map(({ first_item, second_item, ...strategy }) => ({ ...strategy, first: codeOf.get(first_item) ?? '?', second: codeOf.get(second_item) ?? '?' }));
  return { ...review, items, strategies };
}

export function reviewSummaries(store: Store): ReviewSummary[] {
  const db = connection(store);
  return db
    .prepare(
      `SELECT r.id, r.created_at, r.title, r.from_day AS "from", r.to_day AS "to",
         (SELECT count(*) FROM swot_items i WHERE i.review_id = r.id AND i.quadrant = 'strength') AS strengths,
         (SELECT count(*) FROM swot_items i WHERE i.review_id = r.id AND i.quadrant = 'weakness') AS weaknesses,
         (SELECT count(*) FROM swot_items i WHERE i.review_id = r.id AND i.quadrant = 'opportunity') AS opportunities,
         (SELECT count(*) FROM swot_items i WHERE i.review_id = r.id AND i.quadrant = 'threat') AS threats,
         (SELECT count(*) FROM swot_strategies s WHERE s.review_id = r.id) AS strategies
       FROM swot_reviews r ORDER BY r.id`,
    )
    .all() as ReviewSummary[];
}

export function latestReviewId(store: Store): number | undefined {
  const db = connection(store);
  return (db.prepare('SELECT max(id) AS id FROM swot_reviews').get() as { id: number | null }).id ?? undefined;
}
