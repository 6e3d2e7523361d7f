import type { CustomerSummary } from '../../core/customers/customer-list.js';
import type { Defector } from '../../core/customers/defectors.js';
import { MOVEMENT_COLUMNS, MOVEMENT_ROWS, type Movement } from '../../core/customers/movement.js';
import type { OutreachRow } from '../../core/customers/outreach.js';
import type { Pillars } from '../../core/customers/pillars.js';
import type { Zone } from '../../core/time/zone.js';
import { localIso, localTime } from './instant.js';
import type { Format, Tabular } from './index.js';

function timeIn(format: Format, zone: Zone): (at: number | null) => string | null {
  return (at) => (at === null ? null : format === 'table' || format === 'md' ? localTime(at, zone) : localIso(at, zone));
}

export function customerListRows(customers: readonly CustomerSummary[], zone: Zone, format: Format): Tabular {
  const time = timeIn(format, zone);
  return {
    columns: [
      { key: 'customer', header: 'customer' },
      { key: 'kind', header: 'kind' },
      { key: 'satisfaction', header: 'satisfaction' },
      { key: 'loyalty', header: 'loyalty' },
      { key: 'trust_balance', header: 'trust', align: 'right' },
      { key: 'contacts', header: 'contacts', align: 'right' },
      { key: 'last_contact', header: 'last contact' },
    ],
    rows: customers.map((row) => ({
      customer: row.customer,
      kind: row.kind,
      satisfaction: row.satisfaction,
      loyalty: row.loyalty,
      trust_balance: row.trustBalance,
      contacts: row.contacts,
      last_contact: time(row.lastContactAt),
    })),
    empty: 'No customers.',
  };
}

export function movementRows(movement: Movement): Tabular {
  return {
    columns: [{ key: 'from', header: 'from \\ to' }, ...MOVEMENT_COLUMNS.map((column) => ({ key: column, header: column, align: 'right' as const }))],
    rows: MOVEMENT_ROWS.map((row) => ({ from: row, ...movement.counts[row] })),
  };
}

export function pillarRows(pillars: Pillars, format: Format): Tabular {
  const rate = (value: number | null) => (value === null ? null : format === 'json' || format === 'csv' ? value : `${(value * 100).toFixed(1)}%`);
  return {
    columns: [
      { key: 'new', header: 'new', align: 'right' },
      { key: 'retained', header: 'retained', align: 'right' },
      { key: 'lost', header: 'lost', align: 'right' },
      { key: 'won_back', header: 'won back', align: 'right' },
      { key: 'dissatisfied_at_start', header: 'dissatisfied at start', align: 'right' },
      { key: 'service_recovery_rate', header: 'service recovery', align: 'right' },
      { key: 'defectors', header: 'silent defectors', align: 'right' },
      { key: 'defection_rate', header: 'defection rate', align: 'right' },
    ],
    rows: [{ ...pillars, service_recovery_rate: rate(pillars.service_recovery_rate), defection_rate: rate(pillars.defection_rate) }],
  };
}

export function defectorRows(defectors: readonly Defector[], zone: Zone, format: Format): Tabular {
  const time = timeIn(format, zone);
  return {
    columns: [
      { key: 'customer', header: 'customer' },
      { key: 'bad_experience', header: 'bad experience' },
      { key: 'at', header: 'when' },
      { key: 'ref', header: 'what' },
      { key: 'silent_days', header: 'silent days', align: 'right' },
    ],
    rows: defectors.map((row) => ({ customer: row.customer, bad_experience: row.bad.kind.replaceAll('_', ' '), at: time(row.bad.at), ref: row.bad.ref, silent_days: row.silentDays })),
    empty: 'No silent defectors.',
  };
}

/** One row per customer to call, the number first, for a dialler. */
export function outreachRows(rows: readonly OutreachRow[], zone: Zone, format: Format): Tabular {
  const time = timeIn(format, zone);
  return {
    columns: [
      { key: 'customer', header: 'customer' },
      { key: 'reason', header: 'reason' },
      { key: 'trust_balance', header: 'trust', align: 'right' },
      { key: 'kind', header: 'kind' },
      { key: 'last_contact', header: 'last contact' },
    ],
    rows: rows.map((row) => ({ customer: row.customer, reason: row.reasons.join('; '), trust_balance: row.trustBalance, kind: row.kind, last_contact: time(row.lastContactAt) })),
    empty: 'No one to call.',
  };
}
