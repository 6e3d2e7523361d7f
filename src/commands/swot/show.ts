import { loadReview, reviewId } from '../../core/swot/load.js';
import { Zone } from '../../core/time/zone.js';
import { readSettings } from '../../db/settings.js';
import { now } from '../../io/io.js';
import { renderReview, reviewView } from '../../io/render/swot.js';
import type { CommandContext } from '../context.js';
import type { PageOptions } from './page-options.js';

export function run(context: CommandContext, id: string, options: Omit<PageOptions, 'format'> & { format?: PageOptions['format'] | 'html'; out?: string }) {
  const unixNow = () => Math.floor(now(context.io).getTime() / 1000);
  return context.readStore(options, async (db) => {
    const review = loadReview(db, reviewId(db, id), unixNow());
    if (options.format === 'html') return context.print(reviewView(review, new Zone(readSettings(db).timezone)), 'html', options);
    context.out(renderReview(review, options.format ?? 'table', { ...context.terminal({}), zone: new Zone(readSettings(db).timezone) }));
  });
}
