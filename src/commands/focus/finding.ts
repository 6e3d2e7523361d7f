import { addFocusFinding, type Polarity } from '../../core/listening/focus.js';
import { UserError } from '../../errors.js';
import type { CommandContext } from '../context.js';
import type { CommonOptions } from '../options.js';
import { recorder } from './recorder.js';

export function run(context: CommandContext, groupId: string, finding: string, options: CommonOptions & { polarity: Polarity }) {
  return context.withSession(options, (session) => {
    if (!/^\d+$/.test(groupId.trim())) throw new UserError(`"${groupId}" is not a focus group id`, 'svc focus list shows them');
    context.out(`${addFocusFinding(session.store, Number(groupId), options.polarity, finding, recorder(session))}\n`);
  });
}
