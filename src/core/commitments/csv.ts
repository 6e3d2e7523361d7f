import { commitmentIdByExternalId, insertCommitment } from '../../db/commitments.js';
import type { LedgerCsv } from '../ledger/csv-import.js';
import type { EntryContext } from '../ledger/fields.js';
import type { Commitment } from './commitment.js';
import { newCommitment } from './new-commitment.js';

/** The columns `svc commit import` reads; the first name of each is the one messages use. */
export const COMMITMENT_COLUMNS = {
  customer: ['customer', 'customer_id'],
  due: ['due', 'due_at', 'due_date'],
  promise: ['promise', 'text', 'commitment'],
  externalId: ['external_id', 'id'],
  owner: ['owner', 'agent'],
  call: ['call', 'call_id'],
  channel: ['channel'],
  by: ['by', 'made_by'],
  madeAt: ['made_at', 'made', 'date'],
} as const;

export function commitmentCsv(context: Omit<EntryContext, 'label'>): LedgerCsv<Omit<Commitment, 'id'>> {
  const label = (field: string) => COMMITMENT_COLUMNS[field as keyof typeof COMMITMENT_COLUMNS]?.[0] ?? field;
  return {
    columns: COMMITMENT_COLUMNS,
    required: ['customer', 'due', 'promise'],
    build: (fields) => newCommitment(fields, { ...context, label, phrases: false }),
    exists: (db, externalId) => commitmentIdByExternalId(db, externalId) !== undefined,
    insert: (db, entry) => void insertCommitment(db, entry),
  };
}
