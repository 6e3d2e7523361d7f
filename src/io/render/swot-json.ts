import type { ReviewDiff } from '../../core/swot/diff.js';
import type { Review } from '../../core/swot/load.js';
import type { Zone } from '../../core/time/zone.js';
import { localIso } from './instant.js';

/** A review as JSON, in the same snake_case and local-ISO instants as the ledgers' JSON. */
export function reviewJson(review: Review, zone: Zone) {
  return {
    id: review.id,
    title: review.title,
    created_at: localIso(Date.parse(review.createdAt) / 1000, zone),
    from: review.from,
    to: review.to,
    items: review.items.map((item) => ({
      code: item.code,
      quadrant: item.quadrant,
      text: item.text,
      importance: item.importance,
      likelihood: item.likelihood,
      note: item.note,
      origin: item.origin,
      evidence_key: item.evidenceKey,
      evidence: item.evidence,
    })),
    strategies: review.strategies.map(strategyJson),
  };
}

export function reviewDiffJson(diff: ReviewDiff, zone: Zone) {
  const header = (side: ReviewDiff['old']) => ({ ...side, created_at: localIso(Date.parse(side.created_at) / 1000, zone) });
  return { ...diff, old: header(diff.old), new: header(diff.new), strategies: diff.strategies.map(strategyJson) };
}

function strategyJson(strategy: ReviewDiff['strategies'][number] & { commitmentId?: number | null }) {
  return {
    code: strategy.code,
    kind: strategy.kind,
    first: strategy.first,
    second: strategy.second,
    text: strategy.text,
    owner: strategy.owner,
    due: strategy.dueDay,
    ...(strategy.commitmentId === undefined ? {} : { commitment: strategy.commitmentId }),
    outcome: strategy.outcome,
  };
}
