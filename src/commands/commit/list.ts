import { listCommitments } from '../../core/commitments/list.js';
import { parseWhen } from '../../core/time/when.js';
import { commitmentRows } from '../../io/render/commitments.js';
import { listDocument } from '../../io/render/views/list-page.js';
import { printList } from '../print-rows.js';
import type { CommandContext } from '../context.js';
import type { CommonOptions } from '../options.js';

export function run(context: CommandContext, options: CommonOptions & { open?: boolean; overdue?: boolean; dueBefore?: string; customer?: string; owner?: string }) {
  return context.readSession(options, async ({ store: db, clock }) => {
    const dueBefore = options.dueBefore === undefined ? undefined : parseWhen(options.dueBefore, { ...clock, dayEdge: 'start', direction: 'future', what: '--due-before' });
    const format = options.format ?? 'table';
    await printList(context, options, listDocument('Commitments', commitmentRows(listCommitments(db, { ...options, dueBefore }, clock.now), clock.zone, format)));
  });
}
