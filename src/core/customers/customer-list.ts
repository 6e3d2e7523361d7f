import type { Store } from '../../db/open.js';
import type { Zone } from '../time/zone.js';
import { assess, type Assessment, type Kind } from './assess.js';
import { loadCustomerRecords } from './load-records.js';
import type { CustomerRecord } from './record.js';
import type { CustomerRules } from './rules.js';
import { CUSTOMER_SORTS, type CustomerSort } from './customer-sort.js';

export interface CustomerSummary extends Assessment {
  customer: string;
  contacts: number;
  lastContactAt: number | null;
}

export { CUSTOMER_SORTS, type CustomerSort };

export interface CustomerListRequest {
  asOf: number;
  zone: Zone;
  rules: CustomerRules;
  kind?: Kind;
  sort: CustomerSort;
  limit?: number;
}

export function summarise(record: CustomerRecord, rules: CustomerRules, asOf: number): CustomerSummary {
  return { customer: record.customer, ...assess(record, rules, asOf), contacts: record.contacts, lastContactAt: record.lastContactAt };
}

const ORDER: Record<CustomerSort, (a: CustomerSummary, b: CustomerSummary) => number> = {
  // Lowest balance first: the customers whose trust needs attention.
  trust: (a, b) => a.trustBalance - b.trustBalance,
  last_contact: (a, b) => (b.lastContactAt ?? -Infinity) - (a.lastContactAt ?? -Infinity),
  contacts: (a, b) => b.contacts - a.contacts,
};

/** Every customer in contact up to `asOf`, assessed, filtered, ordered (ties by id) and cut. */
export function listCustomers(db: Store, request: CustomerListRequest): CustomerSummary[] {
  const records = loadCustomerRecords(db, request);
  const rows = [...records.values()]
    .filter((record) => record.contacts > 0)
    .map((record) => summarise(record, request.rules, request.asOf))
    .filter((row) => request.kind === undefined || row.kind === request.kind);
  rows.sort((a, b) => ORDER[request.sort](a, b) || (a.customer < b.customer ? -1 : a.customer > b.customer ? 1 : 0));
  return request.limit === undefined ? rows : rows.slice(0, request.limit);
}
