import { describe, expect, it } from 'vitest';
import type { NormalisedCall } from '../../../src/core/call.js';
import { packCalls } from '../../../src/core/import/call-packer.js';
import { customerKeyer } from '../../../src/core/customers/customer-key.js';
import { Zone } from '../../../src/core/time/zone.js';
import { undoImport } from '../../../src/core/import/undo-import.js';
import { callInserter } from '../../../src/db/calls.js';
import { refreshStagedCustomers } from '../../../src/core/import/refresh-staged-customers.js';
import { readSettings } from '../../../src/db/settings.js';
import { openStore, type Store } from '../../../src/db/open.js';
import { RollupAccumulator, rebuildRollups, stageCustomers } from '../../../src/db/rollups.js';
import { IntervalAccumulator } from '../../../src/db/interval-rollups.js';
import { QueueAgentPairs } from '../../../src/db/queue-agent-pairs.js';
import { connection } from '../../../src/db/store.js';

function randomCalls(count: number, seed: number): NormalisedCall[] {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const maybe = <T>(value: T, nullShare = 0.2) => (next() < nullShare ? null : value);
  return Array.from({ length: count }, (_, i) => {
    const answered = next() < 0.7;
    return {
      sourceKey: `k${seed}-${i}`,
      queue: maybe(['a', 'b'][Math.floor(next() * 2)]!),
      agent: maybe(['x', 'y', 'z'][Math.floor(next() * 3)]!),
      customer: maybe(String(Math.floor(next() * 20))),
      arrivalAt: 1_790_000_000 + Math.floor(next() * 5 * 86400),
      answerAt: null,
      endAt: null,
      waitS: maybe(Math.floor(next() * 60)),
      talkS: maybe(Math.floor(next() * 300) + 0.5),
      holdS: maybe(Math.floor(next() * 30)),
      wrapS: maybe(Math.floor(next() * 30)),
      outcome: answered ? 'answered' : 'abandoned',
      ending: null,
      resolved: maybe(next() < 0.5 ? 1 : 0) as 0 | 1 | null,
      csat: maybe(1 + Math.floor(next() * 5), 0.6),
    };
  });
}

/** Everything the import keeps beside the calls, in a fixed order. */
function keptRollups(db: Store) {
  return {
    hourly: connection(db).prepare('SELECT * FROM hourly_rollup ORDER BY local_hour, queue, agent').all(),
    waits: connection(db).prepare('SELECT * FROM wait_count ORDER BY local_hour, queue, wait_s').all(),
    agentWaits: connection(db).prepare('SELECT * FROM agent_wait_count ORDER BY local_day, agent, wait_s').all(),
    customerDays: connection(db).prepare('SELECT customer, month, days FROM customer_months WHERE days <> 0 ORDER BY customer, month').all(),
    customerDayCounts: connection(db).prepare('SELECT * FROM customer_day_count ORDER BY local_day, previous_day').all(),
  };
}

describe('rollups kept while importing', () => {
  it('equal the rollups recomputed from the calls, repeat contacts included, across two imports into the same hours', () => {
    const db = openStore(':memory:');
    const zone = new Zone('Asia/Jerusalem');
    const basis = { slThresholdS: 20, shortAbandonS: 5, repeatWindowS: 168 * 3600 };
    connection(db).prepare("INSERT INTO imports (id, source, format, started_at) VALUES (1, 'a', 'generic', 'now'), (2, 'b', 'generic', 'now')").run();
    const insert = callInserter(db, zone);
    for (const [importId, seed] of [[1, 11], [2, 12]] as const) {
      const accumulator = new RollupAccumulator(basis);
      const batch = packCalls(randomCalls(600, seed).map((call) => ({ kind: 'call', line: 0, call })), zone, customerKeyer(''));
      for (let index = 0; index < batch.calls; index++) if (insert.insertAt(batch, index, importId)) accumulator.add(batch, index);
      accumulator.mergeInto(db);
      stageCustomers(db, 'SELECT DISTINCT customer FROM calls WHERE import_id = ? AND customer IS NOT NULL', importId);
      // What an import (and an undo) runs once its calls are in.
      refreshStagedCustomers(db, readSettings(db), basis);
    }
    const kept = keptRollups(db);
    rebuildRollups(db, basis);
    const recomputed = keptRollups(db);
    expect(kept.hourly.length).toBeGreaterThan(50);
    expect(kept.waits.length).toBeGreaterThan(50);
    const daysOf = (bits: number) => bits.toString(2).replaceAll('0', '').length;
    expect((kept.customerDays as { days: number }[]).reduce((sum, month) => sum + daysOf(month.days), 0)).toBeGreaterThan(50);
    expect(kept.agentWaits.length).toBeGreaterThan(50);
    expect(kept).toEqual(recomputed);
    db.close();
  });

  it('summed with the queue and agent numbers shared by the hourly and interval sums, out of time order, with repeated call ids and merges mid-file, equal the recount from the calls', () => {
    const db = openStore(':memory:');
    const zone = new Zone('America/New_York');
    const basis = { slThresholdS: 20, shortAbandonS: 5, repeatWindowS: 24 * 3600 };
    connection(db).prepare("INSERT INTO imports (id, source, format, started_at) VALUES (1, 'f', 'generic', 'now')").run();
    // The recount files quarters by the zone the store's settings name.
    connection(db).prepare("INSERT OR REPLACE INTO settings (key, value) VALUES ('timezone', 'America/New_York')").run();
    const calls = randomCalls(3000, 31);
    // Every tenth call repeats an earlier call's id with other values: the store keeps the first, and so must the sums.
    const withRepeats = calls.map((call, i) => (i % 10 === 9 ? { ...call, sourceKey: calls[i - 7]!.sourceKey, waitS: 999, talkS: 1 } : call));
    const batch = packCalls(withRepeats.map((call) => ({ kind: 'call', line: 0, call })), zone, customerKeyer(''));
    const insert = callInserter(db, zone);
    const pairs = new QueueAgentPairs();
    const hourly = new RollupAccumulator(basis, pairs);
    const intervals = new IntervalAccumulator(basis, zone, pairs);
    let inserted = 0;
    for (let index = 0; index < batch.calls; index++) {
      if (!insert.insertAt(batch, index, 1)) continue;
      inserted++;
      hourly.add(batch, index);
      intervals.add(batch, index);
      // Merged often, so that later calls add to rows already stored.
      if (index % 250 === 0) {
        hourly.mergeInto(db);
        intervals.mergeInto(db);
      }
    }
    hourly.mergeInto(db);
    intervals.mergeInto(db);
    stageCustomers(db, 'SELECT DISTINCT customer FROM calls WHERE customer IS NOT NULL');
    refreshStagedCustomers(db, readSettings(db), basis);
    expect(inserted).toBe(2700);
    const kept = { ...keptRollups(db), intervals: connection(db).prepare('SELECT * FROM interval_rollup ORDER BY local_quarter, queue, agent').all() };
    expect(connection(db).prepare('SELECT count(*) FROM hourly_rollup WHERE answered_wait_max = 999').pluck().get()).toBe(0);
    expect(kept.intervals.length).toBeGreaterThan(1000);
    rebuildRollups(db, basis);
    expect(kept).toEqual({ ...keptRollups(db), intervals: connection(db).prepare('SELECT * FROM interval_rollup ORDER BY local_quarter, queue, agent').all() });
    db.close();
  });

  it('equal the rollups recomputed from the calls after the first of two imports is undone', () => {
    // The two imports' calls fall in alternate hours, so undo rebuilds none of the hours whose calls lose their next call.
    const inAlternateHours = (call: NormalisedCall, importId: number): NormalisedCall => {
      const hourStart = call.arrivalAt - (call.arrivalAt % 7200) + (importId === 1 ? 0 : 3600);
      return { ...call, arrivalAt: hourStart + (call.arrivalAt % 3600) };
    };
    const db = openStore(':memory:');
    const zone = new Zone('Asia/Jerusalem');
    const basis = { slThresholdS: 20, shortAbandonS: 5, repeatWindowS: 24 * 3600 };
    const insert = callInserter(db, zone);
    for (const [importId, seed] of [[1, 21], [2, 22]] as const) {
      connection(db).prepare("INSERT INTO imports (id, source, format, started_at) VALUES (?, 'f', 'generic', 'now')").run(importId);
      const firstId = (connection(db).prepare('SELECT coalesce(max(id), 0) + 1 FROM calls').pluck().get() as number);
      const accumulator = new RollupAccumulator(basis);
      const batch = packCalls(randomCalls(600, seed).map((call) => ({ kind: 'call', line: 0, call: inAlternateHours(call, importId) })), zone, customerKeyer(''));
      for (let index = 0; index < batch.calls; index++) if (insert.insertAt(batch, index, importId)) accumulator.add(batch, index);
      accumulator.mergeInto(db);
      stageCustomers(db, 'SELECT DISTINCT customer FROM calls WHERE import_id = ? AND customer IS NOT NULL', importId);
      // What an import (and an undo) runs once its calls are in.
      refreshStagedCustomers(db, readSettings(db), basis);
      connection(db).prepare('UPDATE imports SET first_call_id = ?, last_call_id = (SELECT max(id) FROM calls) WHERE id = ?').run(firstId, importId);
    }
    undoImport(db, 1, basis, new Date());
    const kept = keptRollups(db);
    rebuildRollups(db, basis);
    const recomputed = keptRollups(db);
    expect(connection(db).prepare('SELECT sum(repeat_yes) FROM hourly_rollup').pluck().get()).toBeGreaterThan(10);
    expect(kept).toEqual(recomputed);
    db.close();
  });
});
