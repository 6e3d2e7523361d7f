import { customersToCallBack } from '../../core/callbacks.js';
import { parseDay } from '../../core/time/period.js';
import { callbacksView } from '../../io/render/views/callbacks.js';
import type { CommandContext } from '../context.js';
import type { CommonOptions } from '../options.js';
import { printList } from '../print-rows.js';

export function run(context: CommandContext, options: CommonOptions & { since: string }) {
  return context.readSession(options, async ({ store: db, clock }) => {
    const sinceDay = parseDay(options.since, clock.zone.localDay(clock.now), '--since');
    await printList(context, options, callbacksView(customersToCallBack(db, sinceDay), clock.zone));
  });
}
