import { overdueCommitments } from '../../core/commitments/list.js';
import { commitmentRows } from '../../io/render/commitments.js';
import { listDocument } from '../../io/render/views/list-page.js';
import { printList } from '../print-rows.js';
import type { CommandContext } from '../context.js';
import type { CommonOptions } from '../options.js';

export function run(context: CommandContext, options: CommonOptions & { failOnBreach?: boolean }) {
  return context.readSession(options, async ({ store: db, clock }) => {
    const overdue = overdueCommitments(db, clock.now);
    const format = options.format ?? 'table';
    await printList(context, options, listDocument('Overdue commitments', { ...commitmentRows(overdue, clock.zone, format), empty: 'No overdue commitments.' }));
    if (options.failOnBreach && overdue.length > 0) context.exitCode = 2;
  });
}
