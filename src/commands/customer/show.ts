import { customerView } from '../../core/customers/customer-view.js';
import { customerViewJson, renderCustomerView } from '../../io/render/customer-view.js';
import { renderJson } from '../../io/render/json.js';
import type { CommandContext } from '../context.js';
import { customerClock } from '../customer-clock.js';
import type { CommonOptions } from '../options.js';

export function run(context: CommandContext, id: string, options: CommonOptions & { asOf?: string }) {
  return context.readSession(options, (session) => {
    const db = session.store;
    const clock = customerClock(session, options.asOf);
    const view = customerView(db, id, clock);
    const format = options.format ?? 'table';
    context.out(format === 'json' ? renderJson(customerViewJson(view, clock.zone)) : renderCustomerView(view, format === 'md' ? 'md' : 'table', { ...context.terminal({}), zone: clock.zone }));
  });
}
