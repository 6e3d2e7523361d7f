import { addServiceEvent, type EventKind } from '../../core/listening/events.js';
import type { CommandContext } from '../context.js';
import type { WriteOptions } from '../options.js';
import { serviceEventAdded } from '../../io/render/views/confirmations/listening.js';
import { sessionMessages } from '../session-language.js';

export function run(context: CommandContext, description: string, options: WriteOptions & { from: string; to: string; kind: EventKind }) {
  return context.withSession(options, ({ store: db, clock, user, settings }) => {
    const event = addServiceEvent(db, { ...options, description }, { ...clock, by: user });
    context.confirm(options, serviceEventAdded({ ...event, kind: options.kind, description }, clock.zone, clock.now, sessionMessages(options.lang, settings, context.io)));
  });
}
