import { loadReview, reviewId } from '../../core/swot/load.js';
import { messages } from '../../i18n/messages.js';
import { reviewView } from '../../io/render/views/swot-review.js';
import type { CommandContext } from '../context.js';
import { sessionLanguage } from '../session-language.js';
import type { PageOptions } from './page-options.js';

export function run(context: CommandContext, id: string, options: PageOptions) {
  return context.readSession(options, async ({ store: db, clock, zone, settings }) => {
    const words = messages(sessionLanguage(options.lang, settings, context.io));
    const review = loadReview(db, reviewId(db, id), clock.now);
    await context.print(reviewView(review, zone, words), options.format ?? 'table', options);
  });
}
