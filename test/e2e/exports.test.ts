import { copyFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, runBin } from '../helpers/bin.js';
import { tempDir } from '../helpers/cli.js';

// The built binary on each export layout, with no flags. Every expected number is worked out by
// hand in the fixture folder's expected.md (fixtures/generic/EXPECTED.md for time-of-day.csv).
let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('svc-e2e-exports-')));
afterEach(() => cleanup());

function importAndReport(fixture: string, from: string, to: string) {
  const env = { SVC_DB: join(dir, 'svc.db'), SVC_NOW: '2026-03-10T12:00:00Z' };
  const svc = (...args: string[]) => runBin(args, { cwd: dir, env });
  expect(svc('config', 'set', 'timezone', 'UTC').code).toBe(0);
  const file = basename(fixture);
  copyFileSync(join(FIXTURES, fixture), join(dir, file));
  const imported = svc('import', file);
  expect(imported.code, imported.stderr).toBe(0);
  const report = svc('report', '--from', from, '--to', to, '--format', 'json');
  expect(report.code).toBe(0);
  return { stderr: imported.stderr, totals: JSON.parse(report.stdout).totals };
}

describe('exports as they come, built binary, no flags', () => {
  it('asterisk-cdr-linked/Master.csv (newcdrcolumns): parallel ring, Local/ legs, a transfer, a call nobody answered', () => {
    const { stderr, totals } = importAndReport('asterisk-cdr-linked/Master.csv', '2026-03-02', '2026-03-02');
    expect(stderr).toMatch(/^Master\.csv: 4 inserted, 0 duplicates, 0 rejected, 6 merged into another record's call = 10 records in /);
    expect(totals).toMatchObject({ offered: 4, answered: 3, abandoned: 1, abandon_rate: 0.25, asa_s: 15, service_level: 0.5, avg_abandon_wait_s: 40 });
    expect(totals.talk_avg_s).toBeCloseTo((120 + 245 + 252) / 3, 9);
  });

  it('asterisk-cdr-web/cdr-report.csv: display-name headers, one row per leg', () => {
    const { totals } = importAndReport('asterisk-cdr-web/cdr-report.csv', '2026-03-03', '2026-03-03');
    expect(totals).toMatchObject({ offered: 4, answered: 2, abandoned: 2, abandon_rate: 0.5, asa_s: 10, service_level: 0.5, talk_avg_s: 240 });
  });

  it('asterisk-queue-log-table: a table export and a QueueMetrics export, a call crossing midnight filed under its arrival day', () => {
    for (const file of ['queue-log-table.csv', 'queuemetrics.csv']) {
      const { stderr, totals } = importAndReport(`asterisk-queue-log-table/${file}`, '2026-03-02', '2026-03-02');
      expect(stderr).toMatch(new RegExp(`^${file.replace('.', '\\.')}: 4 inserted, 0 duplicates, 0 rejected, 1 skipped \\(not calls\\), 6 merged into another record's call = 11 records in `));
      expect(totals).toMatchObject({ offered: 3, answered: 2, abandoned: 1, asa_s: (15 + 150) / 2 });
      cleanup();
      ({ dir, cleanup } = tempDir('svc-e2e-exports-'));
    }
  });

  it('generic/time-of-day.csv: times of day on the row’s date, across midnight; the broken record rejected, the rest imported', () => {
    const { stderr, totals } = importAndReport('generic/time-of-day.csv', '2026-03-02', '2026-03-02');
    expect(stderr).toMatch(/^time-of-day\.csv:6: \(row\): not valid CSV: /);
    expect(totals).toMatchObject({ offered: 5, answered: 4, abandoned: 1, asa_s: 20, service_level: 0.6 });
  });
});
