import { serviceEvents } from '../../core/listening/events.js';
import { listDocument } from '../../io/render/views/list-page.js';
import { printList } from '../print-rows.js';
import { localIso, localTime } from '../../io/render/instant.js';
import type { CommandContext } from '../context.js';
import { askedWindow } from '../ledger-command.js';
import type { CommonOptions, PeriodFlags } from '../options.js';

export function run(context: CommandContext, options: CommonOptions & PeriodFlags) {
  return context.readSession(options, async (session) => {
    const { store: db, clock } = session;
    const events = serviceEvents(db, clock.zone, askedWindow(session, options));
    const format = options.format ?? 'table';
    const when = (at: number) => (format === 'table' || format === 'md' ? localTime(at, clock.zone) : localIso(at, clock.zone));
    const rate = (value: number | null) => (value === null ? null : format === 'table' || format === 'md' ? `${(value * 100).toFixed(1)}%` : value);
    const rows = events.map((item) => ({
      id: item.id,
      from: when(item.fromAt),
      to: when(item.toAt),
      kind: item.kind,
      what: item.description,
      offered: item.during.offered,
      abandoned: item.during.abandoned,
      abandon_rate: rate(item.during.abandon_rate),
      complaints: item.during.complaints,
      offered_before: item.before.offered,
      abandoned_before: item.before.abandoned,
      abandon_rate_before: rate(item.before.abandon_rate),
      complaints_before: item.before.complaints,
    }));
    const keys = Object.keys(rows[0] ?? { id: 0, from: 0, to: 0, kind: 0, what: 0, offered: 0, abandoned: 0, abandon_rate: 0, complaints: 0, offered_before: 0, abandoned_before: 0, abandon_rate_before: 0, complaints_before: 0 });
    const columns = keys.map((key) => ({ key, header: key.replace(/_before$/, ' before').replace('_', ' '), align: ['from', 'to', 'kind', 'what'].includes(key) ? undefined : ('right' as const) }));
    await printList(context, options, listDocument('Exceptional events', { columns, rows, empty: 'No exceptional events recorded for this period: add one with svc event add.' }));
  });
}
