import { customerView } from '../../core/customers/customer-view.js';
import { customerShowView } from '../../io/render/views/customer.js';
import type { CommandContext } from '../context.js';
import { customerClock } from '../customer-clock.js';
import type { CommonOptions } from '../options.js';

export function run(context: CommandContext, id: string, options: Omit<CommonOptions, 'format'> & { format?: 'table' | 'json' | 'md' | 'html'; asOf?: string; out?: string }) {
  return context.readSession(options, async (session) => {
    const db = session.store;
    const clock = customerClock(session, options.asOf);
    const view = customerView(db, id, clock);
    await context.print(customerShowView(view, clock.zone), options.format ?? 'table', options);
  });
}
