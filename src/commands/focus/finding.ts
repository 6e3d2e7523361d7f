import { addFocusFinding, type Polarity } from '../../core/listening/focus.js';
import { UserError } from '../../errors.js';
import type { CommandContext } from '../context.js';
import type { WriteOptions } from '../options.js';
import { focusFindingAdded } from '../../io/render/views/confirmations/listening.js';
import { recorder } from './recorder.js';
import { sessionMessages } from '../session-language.js';

export function run(context: CommandContext, groupId: string, finding: string, options: WriteOptions & { polarity: Polarity }) {
  return context.withSession(options, (session) => {
    if (!/^\d+$/.test(groupId.trim())) throw new UserError(`"${groupId}" is not a focus group id`, 'svc focus list shows them');
    const id = addFocusFinding(session.store, Number(groupId), options.polarity, finding, recorder(session));
    context.confirm(options, focusFindingAdded({ id, groupId: Number(groupId), polarity: options.polarity, finding }, sessionMessages(options.lang, session.settings, context.io)));
  });
}
