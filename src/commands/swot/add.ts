import { loadReview, reviewId } from '../../core/swot/load.js';
import { newItem, type ItemFields } from '../../core/swot/new-item.js';
import { QUADRANT_LETTER } from '../../core/swot/swot.js';
import { appendItem } from '../../db/swot.js';
import type { CommandContext } from '../context.js';
import type { WriteOptions } from '../options.js';
import { swotItemAdded } from '../../io/render/views/confirmations/listening.js';
import { sessionMessages } from '../session-language.js';

export function run(context: CommandContext, id: string, text: string, options: WriteOptions & ItemFields) {
  return context.withSession(options, ({ store: db, clock, settings }) => {
    const words = sessionMessages(options.lang, settings, context.io);
    const review = loadReview(db, reviewId(db, id), clock.now);
    const item = newItem({ ...options, text });
    const position = appendItem(db, review.id, item);
    context.confirm(options, swotItemAdded({ code: `${QUADRANT_LETTER[item.quadrant]}${position}`, reviewId: review.id, quadrant: item.quadrant, text: item.text }, words));
  });
}
