import { diffReviews } from '../../core/swot/diff.js';
import { loadReview, reviewId } from '../../core/swot/load.js';
import { UserError } from '../../errors.js';
import { renderReviewDiff } from '../../io/render/swot.js';
import type { CommandContext } from '../context.js';
import type { PageOptions } from './page-options.js';

export function run(context: CommandContext, older: string, newer: string, options: PageOptions) {
  return context.readSession(options, ({ store: db, clock, zone }) => {
    const at = clock.now;
    const [oldId, newId] = [reviewId(db, older), reviewId(db, newer)];
    if (oldId > newId) throw new UserError(`review ${oldId} came after review ${newId}: give the earlier one first`, `svc swot diff ${newId} ${oldId}`);
    const diff = diffReviews(loadReview(db, oldId, at), loadReview(db, newId, at));
    context.out(renderReviewDiff(diff, options.format ?? 'table', { ...context.terminal({}), zone: zone }));
  });
}
