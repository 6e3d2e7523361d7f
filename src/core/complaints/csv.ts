import { complaintIdByExternalId, insertComplaint } from '../../db/complaints.js';
import type { LedgerCsv } from '../ledger/csv-import.js';
import type { EntryContext } from '../ledger/fields.js';
import type { Complaint } from './complaint.js';
import { newComplaint } from './new-complaint.js';

/** The columns `svc complaint import` reads; the first name of each is the one messages use. */
export const COMPLAINT_COLUMNS = {
  customer: ['customer', 'customer_id'],
  category: ['category', 'type'],
  description: ['description', 'text', 'complaint'],
  externalId: ['external_id', 'id'],
  severity: ['severity', 'priority'],
  channel: ['channel'],
  call: ['call', 'call_id'],
  remedy: ['remedy', 'requested_remedy'],
  by: ['by', 'recorded_by'],
  receivedAt: ['received_at', 'received', 'date'],
} as const;

export function complaintCsv(context: Omit<EntryContext, 'label'>): LedgerCsv<Omit<Complaint, 'id'>> {
  const label = (field: string) => COMPLAINT_COLUMNS[field as keyof typeof COMPLAINT_COLUMNS]?.[0] ?? field;
  return {
    columns: COMPLAINT_COLUMNS,
    required: ['customer', 'category', 'description'],
    build: (fields) => newComplaint(fields, { ...context, label, phrases: false }),
    exists: (db, externalId) => complaintIdByExternalId(db, externalId) !== undefined,
    insert: (db, entry) => void insertComplaint(db, entry),
  };
}
