import { diffReviews } from '../../core/swot/diff.js';
import { loadReview, reviewId } from '../../core/swot/load.js';
import { UserError } from '../../errors.js';
import { messages } from '../../i18n/messages.js';
import { reviewDiffView } from '../../io/render/views/swot-review.js';
import type { CommandContext } from '../context.js';
import { sessionLanguage } from '../session-language.js';
import type { PageOptions } from './page-options.js';

export function run(context: CommandContext, older: string, newer: string, options: PageOptions) {
  return context.readSession(options, async ({ store: db, clock, zone, settings }) => {
    const at = clock.now;
    const words = messages(sessionLanguage(options.lang, settings, context.io));
    const [oldId, newId] = [reviewId(db, older), reviewId(db, newer)];
    if (oldId > newId) throw new UserError(`review ${oldId} came after review ${newId}: give the earlier one first`, `svc swot diff ${newId} ${oldId}`, { key: 'error.reviewsOutOfOrder', params: { older: oldId, newer: newId } });
    const diff = diffReviews(loadReview(db, oldId, at), loadReview(db, newId, at));
    await context.print(reviewDiffView(diff, zone, words), options.format ?? 'table', options);
  });
}
