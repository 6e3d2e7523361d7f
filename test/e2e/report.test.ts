import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, runBin } from '../helpers/bin.js';
import { tempDir } from '../helpers/cli.js';

// The built binary as cron runs it: the week fixture imported, reported, and held against targets.
// Expected values: fixtures/report/week.md.
let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('svc-e2e-report-')));
afterEach(() => cleanup());

describe('svc report, built binary', () => {
  it('imports the week fixture, reports it, and exits 2 on a missed target only with --fail-on-breach', () => {
    const env = { SVC_DB: join(dir, 'svc.db'), SVC_NOW: '2026-11-10T12:00:00Z' };
    const svc = (...args: string[]) => runBin(args, { cwd: dir, env });
    expect(svc('config', 'set', 'timezone', 'UTC').code).toBe(0);
    expect(svc('config', 'set', 'short_abandon_s', '5').code).toBe(0);
    expect(svc('import', join(FIXTURES, 'report', 'week.csv'), '--quiet').code).toBe(0);
    expect(svc('target', 'set', 'service_level', '>=80%').code).toBe(0);
    expect(svc('target', 'set', 'abandon_rate', '<=30%').code).toBe(0);

    const json = svc('report', '--format', 'json');
    expect(json.code).toBe(0);
    const document = JSON.parse(json.stdout);
    expect(document.totals).toMatchObject({ offered: 10, answered: 7, abandoned: 5, short_abandoned: 2, service_level: 0.4, wait_p90_s: 45, customers: 6 });
    expect(document.targets).toEqual([
      { kpi: 'abandon_rate', op: '<=', target: 0.3, value: 0.3, met: true },
      { kpi: 'service_level', op: '>=', target: 0.8, value: 0.4, met: false },
    ]);

    const cron = svc('report', '--fail-on-breach');
    expect(cron.code).toBe(2);
    expect(cron.stderr).toBe('');
    expect(cron.stdout).not.toContain('\u001b[');
    expect(cron.stdout).toMatch(/\nService level +40\.0% +>= 80% +missed\n/);
    expect(cron.stdout).toMatch(/\nAbandon rate +30\.0% +<= 30% +met\n/);
  });
});
