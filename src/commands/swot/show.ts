import { loadReview, reviewId } from '../../core/swot/load.js';
import { renderReview, reviewView } from '../../io/render/swot.js';
import type { CommandContext } from '../context.js';
import type { PageOptions } from './page-options.js';

export function run(context: CommandContext, id: string, options: Omit<PageOptions, 'format'> & { format?: PageOptions['format'] | 'html'; out?: string }) {
  return context.readSession(options, async ({ store: db, clock, zone }) => {
    const review = loadReview(db, reviewId(db, id), clock.now);
    if (options.format === 'html') return context.print(reviewView(review, zone), 'html', options);
    context.out(renderReview(review, options.format ?? 'table', { ...context.terminal({}), zone: zone }));
  });
}
