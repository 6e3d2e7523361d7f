import { addFocusGroup } from '../../core/listening/focus.js';
import type { CommandContext } from '../context.js';
import type { WriteOptions } from '../options.js';
import { focusGroupAdded } from '../../io/render/views/confirmations/listening.js';
import { recorder } from './recorder.js';
import { sessionMessages } from '../session-language.js';

export function run(context: CommandContext, options: WriteOptions & { date: string; topic: string; participants: string }) {
  return context.withSession(options, (session) => context.confirm(options, focusGroupAdded({ ...addFocusGroup(session.store, options, recorder(session)), topic: options.topic }, sessionMessages(options.lang, session.settings, context.io))));
}
