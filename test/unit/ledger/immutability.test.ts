import { describe, expect, it } from 'vitest';
import { changeCommitment, recordCommitment } from '../../../src/core/commitments/ledger.js';
import { changeComplaint, recordComplaint } from '../../../src/core/complaints/ledger.js';
import { openStore } from '../../../src/db/open.js';
import { connection } from '../../../src/db/store.js';

function storeWithOneOfEach() {
  const db = openStore(':memory:');
  const commitment = recordCommitment(db, {
    externalId: null,
    customer: '0501234567',
    promise: 'Refund 120 ILS',
    dueAt: 2000,
    owner: 'dana',
    callId: null,
    channel: 'phone',
    madeAt: 1000,
    madeBy: 'ruth',
    recordedAt: 1000,
  });
  changeCommitment(db, commitment, { kind: 'note', note: 'called the bank' }, 'ruth', 1500);
  const complaint = recordComplaint(db, {
    externalId: null,
    customer: '0501234567',
    category: 'Billing',
    categoryKey: 'billing',
    severity: 'high',
    channel: null,
    callId: null,
    remedy: null,
    description: 'Charged twice',
    receivedAt: 1000,
    recordedBy: 'ruth',
    recordedAt: 1000,
  });
  changeComplaint(db, complaint, { kind: 'ack', note: null }, 'ruth', 1100);
  return db;
}

describe('the ledgers are append-only in the schema itself', () => {
  for (const table of ['commitments', 'commitment_events', 'complaints', 'complaint_events']) {
    it(`refuses UPDATE and DELETE on ${table}`, () => {
      const db = storeWithOneOfEach();
      expect(() => connection(db).prepare(`UPDATE ${table} SET id = id`).run()).toThrow(`${table} is an append-only ledger: an entry is never changed`);
      expect(() => connection(db).prepare(`DELETE FROM ${table}`).run()).toThrow(`${table} is an append-only ledger: an entry is never deleted`);
      expect((connection(db).prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n).toBe(1);
      db.close();
    });
  }

  it('refuses an empty promise or description even when written directly', () => {
    const db = storeWithOneOfEach();
    expect(() =>
      connection(db).prepare("INSERT INTO commitments (promise, due_at, made_at, made_by, recorded_at) VALUES ('  ', 10, 1, 'x', 1)").run(),
    ).toThrow(/CHECK constraint failed/);
    expect(() =>
      connection(db)
        .prepare("INSERT INTO complaints (customer, category, category_key, severity, description, received_at, recorded_by, recorded_at) VALUES ('1', 'a', 'a', 'low', '', 1, 'x', 1)")
        .run(),
    ).toThrow(/CHECK constraint failed/);
    db.close();
  });
});
