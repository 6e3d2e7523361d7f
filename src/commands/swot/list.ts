import { reviewSummaries } from '../../db/swot.js';
import { listDocument } from '../../io/render/views/list-page.js';
import { printList } from '../print-rows.js';
import { localTime } from '../../io/render/instant.js';
import type { CommandContext } from '../context.js';
import type { CommonOptions } from '../options.js';

export function run(context: CommandContext, options: CommonOptions) {
  return context.readSession(options, async ({ store: db, zone }) => {
    const keys = ['id', 'created_at', 'title', 'from', 'to', 'strengths', 'weaknesses', 'opportunities', 'threats', 'strategies'];
    const columns = keys.map((key) => ({ key, header: key === 'created_at' ? 'made' : key, align: ['id', 'strengths', 'weaknesses', 'opportunities', 'threats', 'strategies'].includes(key) ? ('right' as const) : undefined }));
    const forPeople = options.format === 'table' || options.format === 'md';
    const rows = reviewSummaries(db).map((review) => ({ ...review, created_at: forPeople ? localTime(Date.parse(review.created_at) / 1000, zone) : review.created_at }));
    await printList(context, options, listDocument('SWOT reviews', { columns, rows, empty: 'No SWOT reviews yet: start one with svc swot.' }));
  });
}
