import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBin } from '../helpers/bin.js';
import { tempDir } from '../helpers/cli.js';

/**
 * A generated day with known traffic per quarter hour (08:00–18:00 in Jerusalem, UTC+2 in
 * November): quarter i gets 10 + (7i mod 23) calls, spread evenly, each handled in
 * 120 + 15·(i mod 9) s and answered at once by one of 1 + (i mod 5) agents in turn. The built
 * binary imports it and staffs it; the test staffs the same known inputs with Erlang C written
 * from its definition (sums of A^k/k!) and a plain search from one agent up.
 */
let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('svc-e2e-staffing-')));
afterEach(() => cleanup());

const QUARTERS = 40;
const calls = (i: number) => 10 + ((7 * i) % 23);
const handle = (i: number) => 120 + 15 * (i % 9);
const agents = (i: number) => 1 + (i % 5);

function erlangCByDefinition(n: number, a: number): number {
  let term = 1;
  let sum = 0;
  for (let k = 0; k < n; k++) {
    sum += term;
    term *= a / (k + 1);
  }
  const last = (term * n) / (n - a);
  return last / (sum + last);
}

function staffByHand(i: number): { erlangs: number; needed: number; serviceLevel: number } {
  const aht = handle(i);
  const erlangs = (calls(i) * aht) / 900;
  for (let n = Math.floor(erlangs) + 1; ; n++) {
    const serviceLevel = 1 - erlangCByDefinition(n, erlangs) * Math.exp((-(n - erlangs) * 20) / aht);
    if (serviceLevel >= 0.8) return { erlangs, needed: n, serviceLevel };
  }
}

describe('svc staffing, built binary', () => {
  it('staffs a generated log as its known arrivals and handle times require', () => {
    const rows = ['call_id,arrival,queue,agent,wait,talk,outcome'];
    for (let i = 0; i < QUARTERS; i++) {
      const start = Date.parse('2026-11-16T06:00:00Z') + i * 900_000;
      for (let c = 0; c < calls(i); c++) {
        const at = new Date(start + Math.floor((c * 900_000) / calls(i))).toISOString();
        rows.push(`q${i}c${c},${at},support,agent${c % agents(i)},0,${handle(i)},answered`);
      }
    }
    writeFileSync(join(dir, 'day.csv'), `${rows.join('\n')}\n`);
    const env = { SVC_DB: join(dir, 'svc.db'), SVC_NOW: '2026-11-17T09:00:00Z' };
    const svc = (...args: string[]) => runBin(args, { cwd: dir, env });
    expect(svc('config', 'set', 'timezone', 'Asia/Jerusalem').code).toBe(0);
    expect(svc('import', 'day.csv', '--quiet').code).toBe(0);

    const result = svc('staffing', '--daily', '--interval', '15m', '--target', 'service_level>=0.8@20s', '--format', 'json');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const intervals = JSON.parse(result.stdout).intervals as Record<string, unknown>[];
    expect(intervals).toHaveLength(96);
    for (let i = 0; i < QUARTERS; i++) {
      const interval = intervals[32 + i]!;
      const hand = staffByHand(i);
      const minutes = 8 * 60 + 15 * i;
      expect(interval.start).toBe(`2026-11-16T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00+02:00`);
      expect(interval).toMatchObject({ offered: calls(i), aht_s: handle(i), aht_from_period: false, agents_needed: hand.needed, agents_seen: agents(i), gap: hand.needed - agents(i) });
      expect(interval.erlangs as number).toBeCloseTo(hand.erlangs, 10);
      expect((interval.predicted as { service_level: number }).service_level).toBeCloseTo(hand.serviceLevel, 10);
    }
    expect(intervals.filter((interval) => interval.offered !== 0)).toHaveLength(QUARTERS);
  });
});
