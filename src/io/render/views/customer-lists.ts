import type { CustomerSummary } from '../../../core/customers/customer-list.js';
import type { Defector } from '../../../core/customers/defectors.js';
import { MOVEMENT_COLUMNS, MOVEMENT_ROWS, type Movement } from '../../../core/customers/movement.js';
import type { OutreachRow } from '../../../core/customers/outreach.js';
import type { Pillars } from '../../../core/customers/pillars.js';
import type { Zone } from '../../../core/time/zone.js';
import type { Column, Document, TableBlock } from '../document/model.js';
import { listDocument, timedListDocument } from './list-page.js';

const LIST_COLUMNS: Column[] = [
  { key: 'customer', label: 'customer', type: 'text' },
  { key: 'kind', label: 'kind', type: 'text' },
  { key: 'satisfaction', label: 'satisfaction', type: 'text' },
  { key: 'loyalty', label: 'loyalty', type: 'text' },
  { key: 'trust_balance', label: 'trust', type: 'count' },
  { key: 'contacts', label: 'contacts', type: 'count' },
  { key: 'last_contact', label: 'last contact', type: 'time' },
];

export function customerListView(title: string, customers: readonly CustomerSummary[], zone: Zone): Document {
  return timedListDocument(title, 'customers', LIST_COLUMNS, customers, (row, time) => ({
    customer: row.customer,
    kind: row.kind,
    satisfaction: row.satisfaction,
    loyalty: row.loyalty,
    trust_balance: row.trustBalance,
    contacts: row.contacts,
    last_contact: time(row.lastContactAt),
  }), zone, 'No customers.');
}

/** Kinds at the end of the earlier span (rows) against the later one (columns). */
export function movementView(title: string, movement: Movement): Document {
  const columns: Column[] = [{ key: 'from', label: 'from \\ to', type: 'text' }, ...MOVEMENT_COLUMNS.map((column): Column => ({ key: column, label: column, type: 'count' }))];
  return listDocument(title, { kind: 'table', key: 'movement', columns, rows: MOVEMENT_ROWS.map((row) => ({ from: row, ...movement.counts[row] })) });
}

/** The three pillars as one row: counts, and the two rates as percentages for people, fractions for data. */
export function pillarsTable(pillars: Pillars): TableBlock {
  const count = (key: keyof Pillars, label: string): Column => ({ key, label, type: 'count' });
  return {
    kind: 'table',
    key: 'pillars',
    columns: [
      count('new', 'new'),
      count('retained', 'retained'),
      count('lost', 'lost'),
      count('won_back', 'won back'),
      count('dissatisfied_at_start', 'dissatisfied at start'),
      { key: 'service_recovery_rate', label: 'service recovery', type: 'rate' },
      count('defectors', 'silent defectors'),
      { key: 'defection_rate', label: 'defection rate', type: 'rate' },
    ],
    rows: [{ ...pillars }],
  };
}

export function pillarsView(title: string, pillars: Pillars): Document {
  return listDocument(title, pillarsTable(pillars));
}

const DEFECTOR_COLUMNS: Column[] = [
  { key: 'customer', label: 'customer', type: 'text' },
  { key: 'bad_experience', label: 'bad experience', type: 'text' },
  { key: 'at', label: 'when', type: 'time' },
  { key: 'ref', label: 'what', type: 'text' },
  { key: 'silent_days', label: 'silent days', type: 'count' },
];

export function defectorsView(title: string, defectors: readonly Defector[], zone: Zone): Document {
  return timedListDocument(title, 'defectors', DEFECTOR_COLUMNS, defectors, (row, time) => ({
    customer: row.customer,
    bad_experience: row.bad.kind.replaceAll('_', ' '),
    at: time(row.bad.at),
    ref: row.bad.ref,
    silent_days: row.silentDays,
  }), zone, 'No silent defectors.');
}

const OUTREACH_COLUMNS: Column[] = [
  { key: 'customer', label: 'customer', type: 'text' },
  { key: 'reason', label: 'reason', type: 'text' },
  { key: 'trust_balance', label: 'trust', type: 'count' },
  { key: 'kind', label: 'kind', type: 'text' },
  { key: 'last_contact', label: 'last contact', type: 'time' },
];

/** One row per customer to call, the number first, for a dialler. */
export function outreachView(title: string, rows: readonly OutreachRow[], zone: Zone): Document {
  return timedListDocument(title, 'outreach', OUTREACH_COLUMNS, rows, (row, time) => ({
    customer: row.customer,
    reason: row.reasons.join('; '),
    trust_balance: row.trustBalance,
    kind: row.kind,
    last_contact: time(row.lastContactAt),
  }), zone, 'No one to call.');
}
