import type { NormalisedCall } from '../core/call.js';
import { NUMBER, NUMBER_FIELDS, TEXT, TEXT_FIELDS, type CallBatch } from '../core/import/call-batch.js';
import { packCalls } from '../core/import/call-packer.js';
import type { Zone } from '../core/time/zone.js';
import type { CustomerKeyer } from '../core/customers/customer-key.js';
import { connection, type Store } from './store.js';

const orNull = (value: number): number | null => (Number.isNaN(value) ? null : value);

/** A call handed to insert() carries its customer's key already. */
const keyedAlready: CustomerKeyer = { key: (given) => given ?? null, notNormalised: 0 };

/**
 * Prepares the one insert of a call. A call whose source key is already stored is ignored
 * (that is what makes re-imports idempotent); the insert says whether the row was new.
 */
export function callInserter(store: Store, zone: Zone) {
  const db = connection(store);
  const statement = db.prepare(`
    INSERT OR IGNORE INTO calls (source_key, import_id, queue, agent, customer, arrival_at, answer_at, end_at,
      local_hour, wait_s, talk_s, hold_s, wrap_s, outcome, ending, resolved, csat)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  /** Inserts the batch's call number `index`; false for a duplicate. */
  const insertAt = (batch: CallBatch, index: number, importId: number): boolean => {
    const texts = batch.texts;
    const numbers = batch.numbers;
    const t = index * TEXT_FIELDS;
    const n = index * NUMBER_FIELDS;
    const info = statement.run(
      texts[t + TEXT.sourceKey],
      importId,
      texts[t + TEXT.queue],
      texts[t + TEXT.agent],
      texts[t + TEXT.customer],
      numbers[n + NUMBER.arrivalAt],
      orNull(numbers[n + NUMBER.answerAt]!),
      orNull(numbers[n + NUMBER.endAt]!),
      numbers[n + NUMBER.localHour],
      orNull(numbers[n + NUMBER.waitS]!),
      orNull(numbers[n + NUMBER.talkS]!),
      orNull(numbers[n + NUMBER.holdS]!),
      orNull(numbers[n + NUMBER.wrapS]!),
      numbers[n + NUMBER.answered] === 1 ? 'answered' : 'abandoned',
      texts[t + TEXT.ending],
      orNull(numbers[n + NUMBER.resolved]!),
      orNull(numbers[n + NUMBER.csat]!),
    );
    return info.changes > 0;
  };
  return {
    insertAt,
    /** Returns the wall-clock hour of the call when it was inserted, undefined for a duplicate. */
    insert(call: NormalisedCall, importId: number): number | undefined {
      const batch = packCalls([{ kind: 'call', line: 0, call }], zone, keyedAlready);
      return insertAt(batch, 0, importId) ? batch.numbers[NUMBER.localHour] : undefined;
    },
  };
}
