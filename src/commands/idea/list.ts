import { ideas, type IdeaStatus } from '../../core/listening/ideas.js';
import { listDocument } from '../../io/render/views/list-page.js';
import { printList } from '../print-rows.js';
import { localIso, localTime } from '../../io/render/instant.js';
import type { CommandContext } from '../context.js';
import type { CommonOptions } from '../options.js';

export function run(context: CommandContext, options: CommonOptions & { status?: IdeaStatus }) {
  return context.readSession(options, async ({ store: db, zone }) => {
    const format = options.format ?? 'table';
    const when = (at: number | null) => (at === null ? null : format === 'table' || format === 'md' ? localTime(at, zone) : localIso(at, zone));
    const rows = ideas(db, options.status).map((item) => ({
      id: item.id,
      proposed_at: when(item.proposedAt),
      author: item.author,
      idea: item.idea,
      status: item.status,
      decided_at: when(item.decidedAt),
      decided_by: item.decidedBy,
      note: item.note,
    }));
    const keys = ['id', 'proposed_at', 'author', 'idea', 'status', 'decided_at', 'decided_by', 'note'];
    const columns = keys.map((key) => ({ key, header: key.replace('_', ' '), align: key === 'id' ? ('right' as const) : undefined }));
    await printList(context, options, listDocument('Employee ideas', { columns, rows, empty: 'No ideas recorded: add one with svc idea add --by AGENT "…".' }));
  });
}
