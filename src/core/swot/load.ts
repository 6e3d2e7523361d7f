import { UserError } from '../../errors.js';
import type { Store } from '../../db/open.js';
import { latestReviewId, readReview } from '../../db/swot.js';
import { commitmentStory } from '../commitments/ledger.js';
import { strategyCodes, type StoredReview, type StoredStrategy } from './review.js';
import type { StrategyStatus } from './swot.js';

export interface ReviewStrategy extends StoredStrategy {
  /** SO1, ST1 …: its kind and its number among that kind. */
  code: string;
  /** What became of it: the linked commitment's state when there is one (kept → done; broken or cancelled → not done), else the status a later review recorded. */
  outcome: StrategyStatus;
}

export interface Review extends Omit<StoredReview, 'strategies'> {
  strategies: ReviewStrategy[];
}

/** `ID`, or `latest`. */
export function reviewId(db: Store, text: string): number {
  if (text.trim().toLowerCase() === 'latest') {
    const latest = latestReviewId(db);
    if (latest === undefined) throw new UserError('there is no SWOT review yet', 'start one with svc swot', { key: 'error.noReviewYet', hintKey: 'error.noReviewYet.hint', hintParams: { command: 'svc swot' } });
    return latest;
  }
  if (!/^\d+$/.test(text.trim())) throw new UserError(`"${text}" is not a review id`, 'ids are whole numbers (or latest); svc swot list shows them', {
      key: 'error.notReviewId',
      params: { text },
      hintKey: 'error.notReviewId.hint',
      hintParams: { command: 'svc swot list' },
    });
  return Number(text);
}

export function loadReview(db: Store, id: number, now: number): Review {
  const review = readReview(db, id);
  if (!review) throw new UserError(`no SWOT review ${id}`, 'svc swot list shows the ids', { key: 'error.noReview', params: { id }, hintKey: 'error.noReview.hint', hintParams: { command: 'svc swot list' } });
  const codes = strategyCodes(review.strategies);
  return {
    ...review,
    strategies: review.strategies.map((strategy, index) => ({ ...strategy, code: codes[index] as string, outcome: outcome(db, strategy, now) })),
  };
}

function outcome(db: Store, strategy: StoredStrategy, now: number): StrategyStatus {
  if (strategy.commitmentId === null) return strategy.status;
  const status = commitmentStory(db, strategy.commitmentId, now).state.status;
  return status === 'kept' ? 'done' : status === 'open' ? 'open' : 'not_done';
}
