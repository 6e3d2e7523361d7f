import type { Store } from '../../db/open.js';
import { insertReview, linkCommitment, setStrategyStatus } from '../../db/swot.js';
import { recordCommitment } from '../commitments/ledger.js';
import { dayFromIso } from '../time/calendar.js';
import type { Zone } from '../time/zone.js';
import type { SwotDraft } from './swot.js';
import { atomicallyWriting } from '../../db/transaction.js';

export interface SaveContext {
  /** Unix seconds, UTC. */
  now: number;
  /** When it is really written (the computer's clock). */
  writtenAt: number;
  zone: Zone;
  /** Who makes the organisational commitments (the operating-system user). */
  by: string;
}

/**
 * Stores a review in one transaction: the review, its items and strategies, what became of the
 * previous review's strategies, and for each strategy the team chose to follow, an
 * organisational commitment (no customer) due at the end of the strategy's due day.
 */
export function saveReview(db: Store, draft: SwotDraft, context: SaveContext): { id: number; commitments: number[] } {
  return atomicallyWriting(db, () => {
    const createdAt = new Date(context.now * 1000).toISOString();
    const { id, strategyIds } = insertReview(db, draft, createdAt);
    const commitments: number[] = [];
    draft.strategies.forEach((strategy, index) => {
      if (!strategy.commit || strategy.dueDay === null) return;
      const commitmentId = recordCommitment(db, {
        externalId: `swot:${id}:${strategyIds[index]}`,
        customer: null,
        promise: `${strategy.kind} strategy of SWOT review ${id} (${draft.title}), ${strategy.first} × ${strategy.second}: ${strategy.text}`,
        dueAt: context.zone.utcFromWall((dayFromIso(strategy.dueDay) + 1) * 86400) - 1,
        owner: strategy.owner,
        callId: null,
        channel: null,
        madeAt: context.now,
        madeBy: context.by,
        recordedAt: context.writtenAt,
      });
      linkCommitment(db, strategyIds[index] as number, commitmentId);
      commitments.push(commitmentId);
    });
    for (const outcome of draft.previousOutcomes) setStrategyStatus(db, outcome.strategyId, outcome.status, createdAt);
    return { id, commitments };
  });
}
