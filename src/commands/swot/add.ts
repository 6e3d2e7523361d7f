import { loadReview, reviewId } from '../../core/swot/load.js';
import { newItem, type ItemFields } from '../../core/swot/new-item.js';
import { QUADRANT_LETTER } from '../../core/swot/swot.js';
import { appendItem } from '../../db/swot.js';
import type { CommandContext } from '../context.js';
import type { CommonOptions } from '../options.js';

export function run(context: CommandContext, id: string, text: string, options: CommonOptions & ItemFields) {
  return context.withSession(options, ({ store: db, clock }) => {
    const review = loadReview(db, reviewId(db, id), clock.now);
    const item = newItem({ ...options, text });
    const position = appendItem(db, review.id, item);
    context.out(`${QUADRANT_LETTER[item.quadrant]}${position}\n`);
  });
}
