import { commitmentStory, recordCommitment } from '../../core/commitments/ledger.js';
import { commitmentAdded } from '../../io/render/views/confirmations/commitments.js';
import { newCommitment } from '../../core/commitments/new-commitment.js';
import type { CommandContext } from '../context.js';
import { optionLabel } from '../ledger-command.js';
import type { WriteOptions } from '../options.js';
import { sessionMessages } from '../session-language.js';

export function run(context: CommandContext, promise: string, options: WriteOptions & Record<string, string | undefined>) {
  return context.withSession(options, ({ store: db, clock, user, settings }) => {
    const id = recordCommitment(db, newCommitment({ ...options, madeAt: options.at, promise }, { ...clock, by: user, label: optionLabel }));
    context.confirm(options, commitmentAdded(commitmentStory(db, id, clock.now), clock.zone, clock.now, sessionMessages(options.lang, settings, context.io)));
  });
}
