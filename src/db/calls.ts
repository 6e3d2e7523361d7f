import type { NormalisedCall } from '../core/call.js';
import type { Zone } from '../core/time/zone.js';
import type { Store } from './open.js';

/**
 * Prepares the one insert of a call. A call whose source key is already stored is ignored
 * (that is what makes re-imports idempotent); `insert` says whether the row was new.
 */
export function callInserter(db: Store, zone: Zone) {
  const statement = db.prepare(`
    INSERT OR IGNORE INTO calls (source_key, import_id, queue, agent, customer, arrival_at, answer_at, end_at,
      local_hour, wait_s, talk_s, hold_s, wrap_s, outcome, ending, resolved, csat)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  return {
    /** Returns the wall-clock hour of the call when it was inserted, undefined for a duplicate. */
    insert(call: NormalisedCall, importId: number): number | undefined {
      const localHour = zone.localHour(call.arrivalAt);
      const info = statement.run(
        call.sourceKey,
        importId,
        call.queue,
        call.agent,
        call.customer,
        call.arrivalAt,
        call.answerAt,
        call.endAt,
        localHour,
        call.waitS,
        call.talkS,
        call.holdS,
        call.wrapS,
        call.outcome,
        call.ending,
        call.resolved,
        call.csat,
      );
      return info.changes > 0 ? localHour : undefined;
    },
  };
}
