import { readFileSync } from 'node:fs';
import type { NormalisedCall } from '../../src/core/call.js';
import { Zone } from '../../src/core/time/zone.js';
import { callInserter } from '../../src/db/calls.js';
import type { Store } from '../../src/db/open.js';
import { rebuildRollups, rollupBasis } from '../../src/db/rollups.js';
import { readSettings } from '../../src/db/settings.js';
import { connection } from '../../src/db/store.js';

/** A call as a report test writes it: an ISO arrival, everything unset left unknown. */
export interface CallSpec {
  id: string;
  at: string;
  outcome: 'answered' | 'abandoned';
  wait?: number | null;
  talk?: number | null;
  hold?: number | null;
  wrap?: number | null;
  customer?: string | null;
  agent?: string | null;
  queue?: string | null;
  resolved?: 0 | 1 | null;
  csat?: number | null;
}

export function normalise(spec: CallSpec): NormalisedCall {
  return {
    sourceKey: spec.id,
    queue: spec.queue ?? null,
    agent: spec.agent ?? null,
    customer: spec.customer ?? null,
    arrivalAt: Date.parse(spec.at) / 1000,
    answerAt: null,
    endAt: null,
    waitS: spec.wait ?? null,
    talkS: spec.talk ?? null,
    holdS: spec.hold ?? null,
    wrapS: spec.wrap ?? null,
    outcome: spec.outcome,
    ending: null,
    resolved: spec.resolved ?? null,
    csat: spec.csat ?? null,
  };
}

/** Stores calls as an import would: one imports row, the calls in the store's zone, the rollups rebuilt. */
export function storeCalls(db: Store, specs: readonly CallSpec[]): void {
  const settings = readSettings(db);
  const importId = Number(
    connection(db).prepare("INSERT INTO imports (source, format, started_at) VALUES ('test', 'generic', '2026-01-01T00:00:00Z')").run().lastInsertRowid,
  );
  const inserter = callInserter(db, new Zone(settings.timezone));
  connection(db).transaction(() => {
    for (const spec of specs) inserter.insert(normalise(spec), importId);
  })();
  rebuildRollups(db, rollupBasis(settings));
}

/** Reads a report fixture CSV (plain comma-separated, no quoting, empty = unknown) into call specs. */
export function readCallFixture(file: string): CallSpec[] {
  const [header, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
  const names = (header as string).split(',');
  return lines.map((line) => {
    const cells = Object.fromEntries(line.split(',').map((cell, index) => [names[index], cell === '' ? null : cell]));
    const number = (name: string) => (cells[name] == null ? null : Number(cells[name]));
    return {
      id: cells.call_id as string,
      at: cells.arrival as string,
      outcome: cells.outcome as CallSpec['outcome'],
      queue: cells.queue,
      agent: cells.agent,
      customer: cells.customer,
      wait: number('wait'),
      talk: number('talk'),
      hold: number('hold'),
      wrap: number('wrap'),
      resolved: number('resolved') as CallSpec['resolved'],
      csat: number('csat'),
    };
  });
}
