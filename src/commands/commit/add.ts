import { recordCommitment } from '../../core/commitments/ledger.js';
import { newCommitment } from '../../core/commitments/new-commitment.js';
import type { CommandContext } from '../context.js';
import { optionLabel } from '../ledger-command.js';
import type { CommonOptions } from '../options.js';

export function run(context: CommandContext, promise: string, options: CommonOptions & Record<string, string | undefined>) {
  return context.withSession(options, ({ store: db, clock, user }) => {
    const id = recordCommitment(db, newCommitment({ ...options, madeAt: options.at, promise }, { ...clock, by: user, label: optionLabel }));
    context.out(`${id}\n`);
  });
}
