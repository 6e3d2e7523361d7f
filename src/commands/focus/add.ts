import { addFocusGroup } from '../../core/listening/focus.js';
import type { CommandContext } from '../context.js';
import type { CommonOptions } from '../options.js';
import { recorder } from './recorder.js';

export function run(context: CommandContext, options: CommonOptions & { date: string; topic: string; participants: string }) {
  return context.withSession(options, (session) => context.out(`${addFocusGroup(session.store, options, recorder(session))}\n`));
}
