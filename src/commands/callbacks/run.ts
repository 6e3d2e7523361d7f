import { customersToCallBack } from '../../core/callbacks.js';
import { parseDay } from '../../core/time/period.js';
import { callbackRows } from '../../io/render/callbacks.js';
import { renderRows } from '../../io/render/index.js';
import type { CommandContext } from '../context.js';
import type { CommonOptions } from '../options.js';

export function run(context: CommandContext, options: CommonOptions & { since: string }) {
  return context.readSession(options, ({ store: db, clock }) => {
    const sinceDay = parseDay(options.since, clock.zone.localDay(clock.now), '--since');
    const format = options.format ?? 'table';
    context.out(renderRows(format, callbackRows(customersToCallBack(db, sinceDay), clock.zone, format), context.terminal({})));
  });
}
