import { describe, expect, it } from 'vitest';
import { customersToCallBack } from '../../../src/core/callbacks.js';
import { openStore, type Store } from '../../../src/db/open.js';
import { connection } from '../../../src/db/store.js';

interface TestCall {
  customer: string | null;
  at: number;
  outcome: 'answered' | 'abandoned';
  wait: number | null;
}

const H = 3600;
const D0 = Date.UTC(2026, 10, 16) / 1000; // day 20408 in UTC

function store(calls: readonly TestCall[]): Store {
  const db = openStore(':memory:');
  connection(db).prepare("INSERT INTO imports (id, source, format, started_at) VALUES (1, 'test', 'generic', '2026-11-23T00:00:00Z')").run();
  const insert = connection(db).prepare('INSERT INTO calls (source_key, import_id, customer, arrival_at, local_hour, wait_s, outcome) VALUES (?, 1, ?, ?, ?, ?, ?)');
  calls.forEach((call, index) => insert.run(`k${index}`, call.customer, call.at, Math.floor(call.at / H), call.wait, call.outcome));
  return db;
}

/** The same question answered by a plain loop over the calls, for comparison. */
function byLoop(calls: readonly TestCall[], since: number) {
  const customers = new Set(calls.filter((c) => c.customer !== null && c.outcome === 'abandoned' && c.at >= since).map((c) => c.customer!));
  const result = [];
  for (const customer of customers) {
    const own = calls.filter((c) => c.customer === customer).sort((a, b) => a.at - b.at);
    const lastAnswered = own.filter((c) => c.outcome === 'answered').at(-1)?.at ?? null;
    const attempts = own.filter((c) => lastAnswered === null || c.at > lastAnswered);
    if (attempts.length === 0) continue;
    const waits = attempts.map((c) => c.wait).filter((w): w is number => w !== null);
    result.push({
      customer,
      attempts: attempts.length,
      first_attempt_at: attempts[0]!.at,
      last_attempt_at: attempts.at(-1)!.at,
      longest_wait_s: waits.length ? Math.max(...waits) : null,
      total_wait_s: waits.reduce((a, b) => a + b, 0),
      last_answered_at: lastAnswered,
    });
  }
  return result.sort((a, b) => b.attempts - a.attempts || a.first_attempt_at - b.first_attempt_at || a.customer.localeCompare(b.customer));
}

describe('customers to call back', () => {
  const calls: TestCall[] = [
    // A: answered, then abandoned twice since → call back: 2 attempts, waits 30 and 90.
    { customer: 'A', at: D0 + 1 * H, outcome: 'answered', wait: 10 },
    { customer: 'A', at: D0 + 2 * H, outcome: 'abandoned', wait: 30 },
    { customer: 'A', at: D0 + 3 * H, outcome: 'abandoned', wait: 90 },
    // B: abandoned, then answered → nobody to call.
    { customer: 'B', at: D0 + 1 * H, outcome: 'abandoned', wait: 40 },
    { customer: 'B', at: D0 + 2 * H, outcome: 'answered', wait: 5 },
    // C: never answered: three attempts, one of them before --since, one with no wait known.
    { customer: 'C', at: D0 - 3 * 24 * H, outcome: 'abandoned', wait: 20 },
    { customer: 'C', at: D0 + 5 * H, outcome: 'abandoned', wait: null },
    { customer: 'C', at: D0 + 6 * H, outcome: 'abandoned', wait: 60 },
    // D: abandoned only before --since → not listed.
    { customer: 'D', at: D0 - 2 * 24 * H, outcome: 'abandoned', wait: 15 },
    // '+972501' with leading plus: abandoned once, its answered call long ago.
    { customer: '+972501', at: D0 - 9 * 24 * H, outcome: 'answered', wait: 1 },
    { customer: '+972501', at: D0 + 8 * H, outcome: 'abandoned', wait: 200 },
    // Unknown customers are no one to call.
    { customer: null, at: D0 + 9 * H, outcome: 'abandoned', wait: 300 },
  ];

  it('lists those whose latest call was abandoned, as worked out by hand', () => {
    const result = customersToCallBack(store(calls), Math.floor(D0 / 86400));
    expect(result).toEqual([
      { customer: 'C', attempts: 3, first_attempt_at: D0 - 72 * H, last_attempt_at: D0 + 6 * H, longest_wait_s: 60, total_wait_s: 80, last_answered_at: null },
      { customer: 'A', attempts: 2, first_attempt_at: D0 + 2 * H, last_attempt_at: D0 + 3 * H, longest_wait_s: 90, total_wait_s: 120, last_answered_at: D0 + H },
      { customer: '+972501', attempts: 1, first_attempt_at: D0 + 8 * H, last_attempt_at: D0 + 8 * H, longest_wait_s: 200, total_wait_s: 200, last_answered_at: D0 - 216 * H },
    ]);
  });

  it('agrees with a plain loop over a larger random history', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const many: TestCall[] = Array.from({ length: 3000 }, () => ({
      customer: random() < 0.05 ? null : `c${Math.floor(random() * 300)}`,
      at: D0 - 20 * 24 * H + Math.floor(random() * 30 * 24 * H),
      outcome: random() < 0.3 ? 'abandoned' : 'answered',
      wait: random() < 0.1 ? null : Math.floor(random() * 600),
    }));
    const sinceDay = Math.floor(D0 / 86400) - 3;
    expect(customersToCallBack(store(many), sinceDay)).toEqual(byLoop(many, sinceDay * 86400));
  });
});
