import { reviewSummaries } from '../../db/swot.js';
import { messages } from '../../i18n/messages.js';
import { listDocument } from '../../io/render/views/list-page.js';
import { printList } from '../print-rows.js';
import { localTime } from '../../io/render/instant.js';
import { swotListView } from '../../io/render/views/swot-list.js';
import type { CommandContext } from '../context.js';
import type { CommonOptions } from '../options.js';
import { sessionLanguage } from '../session-language.js';

export function run(context: CommandContext, options: CommonOptions & { lang?: string }) {
  return context.readSession(options, async ({ store: db, zone, settings }) => {
    const format = options.format ?? 'table';
    const forPeople = format === 'table' || format === 'md';
    const rows = reviewSummaries(db).map((review) => ({ ...review, created_at: forPeople ? localTime(Date.parse(review.created_at) / 1000, zone) : review.created_at }));
    const words = messages(sessionLanguage(options.lang, settings, context.io));
    await printList(context, options, { ...listDocument(words.t('swot.list.pageTitle'), swotListView(rows, words, forPeople)), lang: words.lang });
  });
}
