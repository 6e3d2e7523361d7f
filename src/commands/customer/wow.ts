import { recordWow } from '../../core/customers/customer-changes.js';
import type { CommandContext } from '../context.js';
import { customerClock } from '../customer-clock.js';
import { who, type WhoOptions } from './who.js';

export function run(context: CommandContext, id: string, text: string, options: WhoOptions & { agent?: string; call?: string }) {
  return context.withStore(options, (db) => {
    const wow = recordWow(db, id, text, { ...who(context, options, customerClock(db, context.io).now), agent: options.agent, call: options.call });
    context.out(`${wow}\n`);
  });
}
