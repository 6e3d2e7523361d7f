import { serviceEvents, type EventKind } from '../../core/listening/events.js';
import { listDocument } from '../../io/render/views/list-page.js';
import { printList } from '../print-rows.js';
import { localIso, localTime } from '../../io/render/instant.js';
import type { CommandContext } from '../context.js';
import { askedWindow } from '../ledger-command.js';
import type { CommonOptions, PeriodFlags } from '../options.js';
import { listColumns } from '../../io/render/views/list-headers.js';
import { sessionMessages } from '../session-language.js';

export function run(context: CommandContext, options: CommonOptions & PeriodFlags & { lang?: string }) {
  return context.readSession(options, async (session) => {
    const { store: db, clock } = session;
    const events = serviceEvents(db, clock.zone, askedWindow(session, options));
    const format = options.format ?? 'table';
    const people = format === 'table' || format === 'md';
    const words = sessionMessages(options.lang, session.settings, context.io);
    const when = (at: number) => (format === 'table' || format === 'md' ? localTime(at, clock.zone) : localIso(at, clock.zone));
    const rate = (value: number | null) => (value === null ? null : format === 'table' || format === 'md' ? `${(value * 100).toFixed(1)}%` : value);
    const rows = events.map((item) => ({
      id: item.id,
      from: when(item.fromAt),
      to: when(item.toAt),
      kind: people ? words.t(`evidence.event.kind.${item.kind as EventKind}`) : item.kind,
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
    const right = keys.filter((key) => !['from', 'to', 'kind', 'what'].includes(key));
    const columns = listColumns(keys, { prefix: 'event.list', words, people, english: (key) => key.replace(/_before$/, ' before').replace('_', ' '), right });
    await printList(context, options, { ...listDocument(words.t('event.list.pageTitle'), { columns, rows, empty: words.t('event.list.empty') }), lang: words.lang });
  });
}
