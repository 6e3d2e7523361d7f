import { overdueCommitments } from '../../core/commitments/list.js';
import { commitmentRows } from '../../io/render/commitments.js';
import { renderRows } from '../../io/render/index.js';
import type { CommandContext } from '../context.js';
import type { CommonOptions } from '../options.js';

export function run(context: CommandContext, options: CommonOptions & { failOnBreach?: boolean }) {
  return context.readSession(options, ({ store: db, clock }) => {
    const overdue = overdueCommitments(db, clock.now);
    const format = options.format ?? 'table';
    context.out(renderRows(format, { ...commitmentRows(overdue, clock.zone, format), empty: 'No overdue commitments.' }, context.terminal({})));
    if (options.failOnBreach && overdue.length > 0) context.exitCode = 2;
  });
}
