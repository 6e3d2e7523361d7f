import type { CustomerView, TimelineItem } from '../../core/customers/customer-view.js';
import type { Zone } from '../../core/time/zone.js';
import { localIso, localTime } from './instant.js';
import type { Tabular } from './tabular.js';

/** The JSON document of `svc customer show`. */
export function customerViewJson(view: CustomerView, zone: Zone) {
  const iso = (at: number | null) => (at === null ? null : localIso(at, zone));
  return {
    customer: view.customer,
    merged_ids: view.mergedIds,
    kind: view.kind,
    satisfaction: view.satisfaction,
    loyalty: view.loyalty,
    trust: { balance: view.trustBalance, entries: view.trustEntries.map((entry) => ({ at: iso(entry.at), event: entry.event, amount: entry.amount, ref: entry.ref })) },
    first_contact: iso(view.firstContactAt),
    last_contact: iso(view.lastContactAt),
    contacts_90d: view.contacts90d,
    contacts_365d: view.contacts365d,
    timeline: view.timeline.map((item) => timelineJson(item, iso)),
    flags: view.flags,
  };
}

function timelineJson(item: TimelineItem, iso: (at: number | null) => string | null) {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) out[key] = key.endsWith('_at') || key === 'at' ? iso(value as number | null) : value;
  return out;
}

function describe(item: TimelineItem, zone: Zone): string {
  const time = (at: unknown) => (typeof at === 'number' ? localTime(at, zone) : 'never');
  switch (item.type) {
    case 'call':
      return `${item.outcome} call ${item.call}${item.queue ? ` in ${item.queue}` : ''}${item.agent ? `, agent ${item.agent}` : ''}, waited ${item.wait_s ?? '?'} s${item.talk_s !== null ? `, talked ${item.talk_s} s` : ''}${item.csat !== null ? `, CSAT ${item.csat}` : ''}${item.outcome === 'abandoned' ? `; answered afterwards: ${time(item.answered_after_at)}` : ''}`;
    case 'promise':
      return `promise ${item.id}: "${item.promise}", due ${time(item.due_at)}, ${item.state}${item.kept_on_time === null ? '' : item.kept_on_time ? ' on time' : ' late'}`;
    case 'complaint':
      return `complaint ${item.id} (${item.category}): "${item.description}", ${item.state}${item.hours_to_resolve === null ? '' : `, resolved in ${item.hours_to_resolve} h`}`;
    case 'survey':
      return `${item.instrument} answer ${item.value ?? ''}${item.comment ? `: "${item.comment}"` : ''}`;
    case 'wow':
      return `WOW: "${item.text}"${item.agent ? ` (agent ${item.agent})` : ''}`;
    default:
      return `${item.type} ${item.flag ?? item.other ?? ''} by ${item.by}${item.reason ? `: ${item.reason}` : ''}`;
  }
}

/** The summary, the trust account's entries and the timeline of one customer, as three lists. */
export function customerViewTables(view: CustomerView, zone: Zone): { summary: Tabular; trust: Tabular; timeline: Tabular } {
  const time = (at: number | null) => (at === null ? '' : localTime(at, zone));
  const summary: Tabular = {
    columns: [
      { key: 'field', header: 'customer' },
      { key: 'value', header: view.customer },
    ],
    rows: [
      { field: 'kind', value: view.kind },
      { field: 'satisfaction', value: view.satisfaction },
      { field: 'loyalty', value: view.loyalty },
      { field: 'trust balance', value: view.trustBalance },
      { field: 'first contact', value: time(view.firstContactAt) },
      { field: 'last contact', value: time(view.lastContactAt) },
      { field: 'contacts, last 90 days', value: view.contacts90d },
      { field: 'contacts, last 365 days', value: view.contacts365d },
      { field: 'flags', value: view.flags.join(', ') },
      ...(view.mergedIds.length > 0 ? [{ field: 'also known as', value: view.mergedIds.join(', ') }] : []),
    ],
  };
  const trust: Tabular = {
    columns: [
      { key: 'at', header: 'when' },
      { key: 'event', header: 'trust event' },
      { key: 'amount', header: 'amount', align: 'right' },
      { key: 'ref', header: 'from' },
    ],
    rows: view.trustEntries.map((entry) => ({ at: time(entry.at), event: entry.event, amount: entry.amount, ref: entry.ref })),
    empty: 'No trust events in the window.',
  };
  const timeline: Tabular = {
    columns: [
      { key: 'at', header: 'when' },
      { key: 'what', header: 'what happened' },
    ],
    rows: view.timeline.map((item) => ({ at: time(item.at), what: describe(item, zone) })),
    empty: 'Nothing recorded.',
  };
  return { summary, trust, timeline };
}
