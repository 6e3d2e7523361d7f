import { customerView } from '../../core/customers/customer-view.js';
import { customerViewJson, renderCustomerView } from '../../io/render/customer-view.js';
import { renderJson } from '../../io/render/json.js';
import { customerShowView } from '../../io/render/views/customer.js';
import type { CommandContext } from '../context.js';
import { customerClock } from '../customer-clock.js';
import type { CommonOptions } from '../options.js';

export function run(context: CommandContext, id: string, options: Omit<CommonOptions, 'format'> & { format?: 'table' | 'json' | 'md' | 'html'; asOf?: string; out?: string }) {
  return context.readSession(options, async (session) => {
    const db = session.store;
    const clock = customerClock(session, options.asOf);
    const view = customerView(db, id, clock);
    const format = options.format ?? 'table';
    if (format === 'html') return context.print(customerShowView(view, clock.zone), 'html', options);
    context.deliver(format === 'json' ? renderJson(customerViewJson(view, clock.zone)) : renderCustomerView(view, format === 'md' ? 'md' : 'table', { ...context.terminal({}), zone: clock.zone }), options);
  });
}
