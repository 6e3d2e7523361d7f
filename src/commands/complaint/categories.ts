import { complaintCategories } from '../../core/complaints/categories.js';
import { complaintStories } from '../../core/complaints/ledger.js';
import { listDocument } from '../../io/render/views/list-page.js';
import { printList } from '../print-rows.js';
import { localIso, localTime } from '../../io/render/instant.js';
import type { CommandContext } from '../context.js';
import type { CommonOptions } from '../options.js';

export function run(context: CommandContext, options: CommonOptions) {
  return context.readSession(options, async ({ store: db, clock }) => {
    const format = options.format ?? 'table';
    const rows = complaintCategories(complaintStories(db, clock.now)).map((row) => ({
      category: row.category,
      complaints: row.complaints,
      open: row.open,
      last_received: format === 'table' || format === 'md' ? localTime(row.lastReceivedAt, clock.zone) : localIso(row.lastReceivedAt, clock.zone),
    }));
    const columns = [
      { key: 'category', header: 'category' },
      { key: 'complaints', header: 'complaints', align: 'right' as const },
      { key: 'open', header: 'open', align: 'right' as const },
      { key: 'last_received', header: 'last received' },
    ];
    await printList(context, options, listDocument('Complaint categories', { columns, rows, empty: 'No complaints.' }));
  });
}
