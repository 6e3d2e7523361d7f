import { ideas, type IdeaStatus } from '../../core/listening/ideas.js';
import { listDocument } from '../../io/render/views/list-page.js';
import { printList } from '../print-rows.js';
import { localIso, localTime } from '../../io/render/instant.js';
import type { CommandContext } from '../context.js';
import type { CommonOptions } from '../options.js';
import { listColumns } from '../../io/render/views/list-headers.js';
import { sessionMessages } from '../session-language.js';

export function run(context: CommandContext, options: CommonOptions & { status?: IdeaStatus; lang?: string }) {
  return context.readSession(options, async ({ store: db, zone, settings }) => {
    const format = options.format ?? 'table';
    const people = format === 'table' || format === 'md';
    const words = sessionMessages(options.lang, settings, context.io);
    const when = (at: number | null) => (at === null ? null : format === 'table' || format === 'md' ? localTime(at, zone) : localIso(at, zone));
    const rows = ideas(db, options.status).map((item) => ({
      id: item.id,
      proposed_at: when(item.proposedAt),
      author: item.author,
      idea: item.idea,
      status: people ? words.t(`idea.status.${item.status}`) : item.status,
      decided_at: when(item.decidedAt),
      decided_by: item.decidedBy,
      note: item.note,
    }));
    const keys = ['id', 'proposed_at', 'author', 'idea', 'status', 'decided_at', 'decided_by', 'note'];
    const columns = listColumns(keys, { prefix: 'idea.list', words, people, english: (key) => key.replace('_', ' '), right: ['id'] });
    await printList(context, options, { ...listDocument(words.t('idea.list.pageTitle'), { columns, rows, empty: words.t('idea.list.empty') }), lang: words.lang });
  });
}
