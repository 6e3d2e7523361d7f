import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/db/open.js';
import { writeSetting } from '../../src/db/settings.js';
import { FIXTURES } from '../helpers/bin.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { readCallFixture, storeCalls } from '../helpers/report-calls.js';

// The numbers below are those worked out by hand in fixtures/report/week.md (week 2026-11-02 … 08, UTC, S = 5).
let dir: string;
let cleanup: () => void;
let env: Record<string, string>;

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  env = { SVC_DB: join(dir, 'svc.db'), SVC_NOW: '2026-11-10T12:00:00Z' };
  const db = openStore(env.SVC_DB as string);
  writeSetting(db, 'timezone', 'UTC');
  writeSetting(db, 'short_abandon_s', '5');
  storeCalls(db, readCallFixture(join(FIXTURES, 'report', 'week.csv')));
  db.close();
});
afterEach(() => cleanup());

// A terminal wide enough that no note wraps: these tests read content; the width tests set their own.
const svc = (...args: string[]) => runCli(args, { env, columns: 1000 });
const json = async <T = Record<string, unknown>>(...args: string[]): Promise<T> => {
  const result = await svc(...args, '--format', 'json');
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as T;
};

const TOTALS = {
  offered: 10, answered: 7, abandoned: 5, short_abandoned: 2, abandon_rate: 0.3,
  asa_s: 125 / 6, wait_median_s: 15, wait_p90_s: 45, max_wait_s: 60, avg_abandon_wait_s: 22.5,
  service_level: 0.4, service_level_answered: 4 / 7, aht_s: 1185 / 7, talk_avg_s: 175, hold_avg_s: 15,
  repeat_rate: 4 / 6, fcr_rate: 4 / 6, csat_avg: 23 / 6, csat_top2: 4 / 6, customers: 6,
};

describe('svc report --format json', () => {
  it('prints one document of exactly the agreed shape', async () => {
    expect(await json('report')).toEqual({
      period: { from: '2026-11-02', to: '2026-11-08', timezone: 'UTC' },
      params: { sl_threshold_s: 20, short_abandon_s: 5, repeat_window_h: 168, stale_after_hours: 36 },
      // The fixture's calls run from p01 (10-30 10:00) to n01 (11-09 08:00); the week's from c01 to c11, every day with one.
      coverage: {
        store: { first_call: '2026-10-30T10:00:00Z', last_call: '2026-11-09T08:00:00Z' },
        period: { first_call: '2026-11-02T09:00:00Z', last_call: '2026-11-08T23:30:00Z', days: 7, days_without_calls: [], complete: true },
        previous: null,
        // n01 − 168 h.
        repeat_window_complete_through: '2026-11-02T08:00:00Z',
      },
      // SVC_NOW 11-10 12:00 is 28 h after n01: within 36 h.
      data_attention: [],
      totals: TOTALS,
      // The repeat base c01 c02 c06 c07 c09 c10 all arrived after 11-02 08:00: none has had its whole window.
      provisional: [{ kpi: 'repeat_rate', calls: 6, seen: 0, seen_share: 0 }],
      groups: [],
      previous: null,
      targets: [],
      events: [],
    });
  });

  it('--compare adds the previous week, but no change when the store does not cover that week', async () => {
    const document = await json('report', '--compare');
    expect(Object.keys(document)).toEqual(['period', 'params', 'coverage', 'data_attention', 'totals', 'provisional', 'groups', 'previous', 'targets', 'events', 'previous_provisional', 'change', 'comparable']);
    expect(document.previous).toMatchObject({ offered: 1, answered: 1, asa_s: 15, aht_s: 120, repeat_rate: 1, avg_abandon_wait_s: null });
    // The week 10-26 … 11-01 holds p01 alone, and the store starts on 10-30: four of its days are before any data.
    expect(document.coverage).toMatchObject({
      previous: { first_call: '2026-10-30T10:00:00Z', last_call: '2026-10-30T10:00:00Z', days: 7, days_without_calls: ['2026-10-26', '2026-10-27', '2026-10-28', '2026-10-29', '2026-10-31', '2026-11-01'], complete: false },
    });
    expect(document.comparable).toBe(false);
    expect(Object.values(document.change as Record<string, unknown>).every((change) => change === null)).toBe(true);
    // p01 (10-30 10:00) is before 11-02 08:00: its window is whole.
    expect(document.previous_provisional).toEqual([]);
  });

  it('--compare gives the change when the store covers both periods, except for a provisional KPI', async () => {
    // 11-02 … 11-04 against 10-30 … 11-01: the store starts on 10-30 (just inside) and ends on 11-09.
    const document = await json('report', '--compare', '--from', '2026-11-02', '--to', '2026-11-04');
    expect(document.comparable).toBe(true);
    // Offered 11-02 … 11-04: c01 c02 c04 c05 c06 c07 = 6 (c03 is short); before: p01 = 1.
    // AHT: c01 150, c02 210, c05 300, c06 150, c07 15 → 825 / 5 = 165 against p01's 120.
    expect(document.change).toMatchObject({ offered: 5, aht_s: 165 - 120, repeat_rate: null });
    // One day earlier the previous period starts on 10-29, before the store's first call: no change.
    const earlier = await json('report', '--compare', '--from', '2026-11-01', '--to', '2026-11-03');
    expect(earlier.comparable).toBe(false);
    expect((earlier.change as Record<string, unknown>).offered).toBeNull();
  });

  it('repeat_rate is provisional exactly while a call of its base is within W of the newest call', async () => {
    // Newest call n01 11-09 08:00. W = 167 h puts the horizon at 11-02 09:00: c01 (09:00) is seen, c02 (09:30) is not.
    await svc('config', 'set', 'repeat_window_h', '167');
    const monday = await json('report', '--from', '2026-11-02', '--to', '2026-11-02', '--by', 'agent');
    expect(monday.provisional).toEqual([{ kpi: 'repeat_rate', calls: 2, seen: 1, seen_share: 0.5 }]);
    // c01 is alice's (seen), c02 bob's (not seen).
    expect((monday.groups as { provisional: unknown[] }[]).map((group) => group.provisional)).toEqual([[], [{ kpi: 'repeat_rate', calls: 1, seen: 0, seen_share: 0 }], []]);
    // W = 166 h: the horizon 11-02 10:00 is after both.
    await svc('config', 'set', 'repeat_window_h', '166');
    expect((await json('report', '--from', '2026-11-02', '--to', '2026-11-02')).provisional).toEqual([]);
  });

  it("a provisional KPI's target is neither met nor missed", async () => {
    await svc('target', 'set', 'repeat_rate', '<=10%');
    expect((await json('report')).targets).toEqual([{ kpi: 'repeat_rate', op: '<=', target: 0.1, value: 4 / 6, met: null, provisional: true }]);
    expect((await svc('report', '--fail-on-breach')).code).toBe(0);
  });

  it('--by agent gives one group per agent, unknown as null and last', async () => {
    const document = await json('report', '--by', 'agent');
    const groups = document.groups as { key: Record<string, unknown>; kpis: Record<string, unknown> }[];
    expect(groups.map((group) => group.key)).toEqual([{ agent: 'alice' }, { agent: 'bob' }, { agent: null }]);
    expect(groups.map((group) => group.kpis.offered)).toEqual([6, 4, 0]);
    expect(groups.map((group) => group.kpis.wait_median_s)).toEqual([20, 10, null]);
  });

  it('--by weekday and --by week follow the configured week start', async () => {
    await svc('config', 'set', 'week_start', 'sunday');
    const document = await json('report', '--from', '2026-11-02', '--to', '2026-11-08', '--by', 'weekday');
    const groups = document.groups as { key: { weekday: string } }[];
    expect(groups.map((group) => group.key.weekday)).toEqual(['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']);
    const weeks = (await json('report', '--from', '2026-11-02', '--to', '2026-11-08', '--by', 'week')).groups as { key: { week: string }; kpis: { offered: number } }[];
    // Sunday weeks: 11-01 … 11-07 holds c01 … c12 (8 offered), 11-08 … holds c10 and c11 (2 offered).
    expect(weeks.map((group) => [group.key.week, group.kpis.offered])).toEqual([['2026-11-01', 8], ['2026-11-08', 2]]);
  });

  it('holds the targets against the totals', async () => {
    await svc('target', 'set', 'service_level', '>=80%');
    await svc('target', 'set', 'asa_s', '<=30');
    expect((await json('report')).targets).toEqual([
      { kpi: 'asa_s', op: '<=', target: 30, value: 125 / 6, met: true },
      { kpi: 'service_level', op: '>=', target: 0.8, value: 0.4, met: false },
    ]);
  });

  it('an empty period: zero counts, nulls, exit 0', async () => {
    const document = await json('report', '--from', '2027-01-04', '--to', '2027-01-10');
    expect(document.totals).toMatchObject({ offered: 0, answered: 0, customers: 0, abandon_rate: null, asa_s: null, wait_median_s: null, repeat_rate: null });
    expect(document.groups).toEqual([]);
  });

  it('--explain keeps stdout one JSON document and explains on stderr', async () => {
    const result = await svc('report', '--format', 'json', '--explain');
    expect(JSON.parse(result.stdout)).toHaveProperty('totals');
    expect(result.stderr).toMatch(/^\nDefinitions\n {2}offered {17}answered \+ abandoned − short_abandoned\n/);
  });
});

describe('svc report as a table', () => {
  it('shows every KPI by its name, durations as m:ss, the parameters and each target met or missed in words', async () => {
    await svc('target', 'set', 'service_level', '>=80%');
    await svc('target', 'set', 'asa_s', '<=30');
    const result = await svc('report');
    // ASA 125/6 = 20.8 s → 0:21; AHT 1185/7 = 169.3 s → 2:49; talk 175 s → 2:55; avg abandon wait 22.5 s → 0:23 (rounded half up).
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'Calls 2026-11-02 to 2026-11-08 (UTC)',
        '',
        'Parameters: T = 20 s (service level), S = 5 s (short abandon), W = 168 h (repeat window)',
        '',
        'KPI                          value    target     status',
        'Offered                         10',
        'Answered                         7',
        'Abandoned                        5',
        'Short abandons                   2',
        'Abandon rate                 30.0%',
        'ASA                           0:21    <= 30 s    met',
        'Median wait                   0:15',
        '90th percentile wait          0:45',
        'Longest wait                  1:00',
        'Wait before abandoning        0:23',
        'Service level                40.0%    >= 80%     missed',
        'Service level of answered    57.1%',
        'AHT                           2:49',
        'Average talk                  2:55',
        'Average hold                  0:15',
        'Repeat contacts              66.7%',
        'FCR                          66.7%',
        'CSAT                          3.83',
        'CSAT 4–5 share               66.7%',
        'Customers                        6',
        '',
        'Data: calls in the store from 2026-10-30 10:00 to 2026-11-09 08:00; in this period first call 2026-11-02 09:00, last 2026-11-08 23:30, no day without calls.',
        '',
        "Note: repeat_rate of this period is provisional: only 0 of 6 calls (0%) have had their whole 168 h window inside the store's calls (calls up to 2026-11-02 08:00); later calls may still make it rise.",
        '',
      ].join('\n'),
    });
  });

  it('--compare marks each change better or worse by its KPI, with a sparkline; --by agent shows what agents answer for', async () => {
    const { stdout } = await svc('report', '--compare', '--by', 'agent');
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Calls 2026-11-02 to 2026-11-08 (UTC), compared with 2026-10-26 to 2026-11-01');
    expect(lines[4]).toBe('KPI                          value    previous    change    last 8');
    // The previous week starts four days before the store's first call: its values, but no change.
    // The store's calls begin on 2026-10-30: the six weeks before the previous one are unknown (dots), not zero;
    // then 1 and 10, the lowest and highest of the line.
    expect(lines).toContain('Offered                         10           1         -    ······▁█');
    expect(lines).toContain('Service level                40.0%      100.0%         -    ······█▁');
    expect(lines).toContain("Note: the previous period is only partly covered by the store's calls (they run from 2026-10-30 10:00 to 2026-11-09 08:00), so no change is shown.");
    // alice's base c01 c07 c09 and bob's c02 c06 c10 all arrived after 11-02 08:00 (n01 − 168 h); the unknown agent has none.
    expect(lines).toContain('Note: repeat_rate is provisional in 2 of 3 groups: alice (0% seen), bob (0% seen).');
    const covered = (await svc('report', '--compare', '--from', '2026-11-02', '--to', '2026-11-04')).stdout.split('\n');
    // Offered 6 against 1; service level 11-02 … 11-04: c01 c02 c07 within 20 s of 6 offered = 50% against p01's 100%.
    // Up is better for service level, down for abandons and waits; volumes have no better side.
    expect(covered.find((line) => line.startsWith('Offered'))).toMatch(/^Offered +6 +1 +\+5 /);
    expect(covered.find((line) => line.startsWith('Service level '))).toMatch(/^Service level +50\.0% +100\.0% +-50\.0 pp ▼ worse /);
    // Repeats: c01 (c03 1 h later), c02 (c06), c07 (n01 within 168 h) of c01 c02 c06 c07 = 75%, provisional: no change.
    expect(covered.find((line) => line.startsWith('Repeat contacts'))).toMatch(/^Repeat contacts +75\.0% +100\.0% +- /);
    // alice answered 4 of the 7 answered calls (57.1 %), bob 3 (42.9 %); the week before alice answered the only call (1 of 1 = 100 %).
    // alice's known holds c01 20, c05 0, c07 10, c09 30: 60 / 4 = 0:15; bob's calls and p01 give no hold.
    expect(stdout).toContain(
      [
        'By agent:',
        'agent     answered     share    talk    hold     AHT       FCR    CSAT',
        'alice            4     57.1%    3:33    0:15    3:11     75.0%    3.75',
        'before           1    100.0%    2:00       -    2:00    100.0%    4.00',
        'bob              3     42.9%    2:17       -    2:20     50.0%    4.00',
        'before           -         -       -       -       -         -       -',
        '',
        'Note: 2 abandoned calls have no agent: waits and abandons belong to the queue (svc report --by queue).',
        '',
      ].join('\n'),
    );
  });

  it('fits 80 and 120 columns: text wraps at words, numbers stay whole', async () => {
    const at = async (columns: string) => (await runCli(['report', '--compare'], { env: { ...env, COLUMNS: columns }, columns: null })).stdout.split('\n');
    for (const [columns, width] of [['80', 80], ['120', 120]] as const) {
      const lines = await at(columns);
      expect(Math.max(...lines.map((line) => [...line].length))).toBeLessThanOrEqual(width);
      // The previous week is only partly covered: no change.
      expect(lines).toContain('Offered                         10           1         -    ······▁█');
    }
    // With targets the table is wider than 80 with four spaces between columns: they close up to two.
    await svc('target', 'set', 'service_level', '>=80%');
    const narrowTargets = await at('80');
    expect(Math.max(...narrowTargets.map((line) => [...line].length))).toBeLessThanOrEqual(80);
    expect(narrowTargets).toContain('Service level              40.0%    100.0%       -  ······█▁  >= 80%  missed');
    // Notes wrap at words, with a hanging indent.
    expect(narrowTargets).toContain('  from 2026-10-30 10:00 to 2026-11-09 08:00), so no change is shown.');
    const narrow = (await runCli(['report', '--explain'], { env: { ...env, COLUMNS: '80' }, columns: null })).stdout.split('\n');
    expect(Math.max(...narrow.map((line) => [...line].length))).toBeLessThanOrEqual(80);
    // Wrapped by Python's textwrap at 80 with a two-space hanging indent, as a cross-check.
    expect(narrow.join('\n')).toContain(
      '- Repeat contacts (repeat_rate): answered calls with a known customer who calls\n  again (any outcome, even after the period) within (0, W] hours of that call /\n  answered calls with a known customer; provisional while some of those calls\n  arrived less than W before the newest call in the store\n',
    );
  });

  it('says so when the period has no calls', async () => {
    expect(await svc('report', '--from', '2027-01-04', '--to', '2027-01-10')).toEqual({
      code: 0,
      stdout: [
        'Calls 2027-01-04 to 2027-01-10 (UTC)',
        '',
        'Parameters: T = 20 s (service level), S = 5 s (short abandon), W = 168 h (repeat window)',
        '',
        'No calls between 2027-01-04 and 2027-01-10 (UTC).',
        '',
        'Note: no calls in this period; the newest call in the store is from 2026-11-09 08:00.',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('says once that a store without calls has none, also with --compare', async () => {
    const empty = { ...env, SVC_DB: join(dir, 'empty.db') };
    await runCli(['config', 'set', 'timezone', 'UTC'], { env: empty });
    expect(await runCli(['report', '--compare'], { env: empty, columns: 1000 })).toEqual({
      code: 0,
      stdout: [
        'Calls 2026-11-02 to 2026-11-08 (UTC), compared with 2026-10-26 to 2026-11-01',
        '',
        'Parameters: T = 20 s (service level), S = 0 s (short abandon), W = 168 h (repeat window)',
        '',
        'No calls between 2026-11-02 and 2026-11-08 (UTC).',
        '',
        'Note: no calls in this period; the store has no calls at all.',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('--explain adds each KPI with its name, key and definition, and the parameters, below the table', async () => {
    const { stdout } = await svc('report', '--explain');
    expect(stdout).toMatch(/\nCustomers {24}6\n\nData: [^\n]*\n(\n {0,2}[^\n]*)*\n\nDefinitions\n/);
    expect(stdout).toContain('- Service level (service_level): answered with wait ≤ T / offered\n');
    expect(stdout.endsWith('- T = 20 s (service-level threshold), S = 5 s (short-abandon threshold), W = 168 h (repeat window); a call counts in the day and hour of its arrival in UTC.\n')).toBe(true);
  });

  it('colours met and missed, better and worse, on a terminal, not with --no-color', async () => {
    await svc('target', 'set', 'service_level', '>=0.8');
    await svc('target', 'set', 'asa_s', '<=30');
    const coloured = await runCli(['report', '--compare'], { env, stdoutIsTTY: true });
    // 11-02 … 11-04 against a fully covered period: service level 50% against 100%, worse; ASA 0:16 against 0:15, worse.
    const changes = await runCli(['report', '--compare', '--from', '2026-11-02', '--to', '2026-11-04'], { env, stdoutIsTTY: true });
    expect(coloured.stdout).toContain('\u001b[32mmet\u001b[39m');
    expect(coloured.stdout).toContain('\u001b[31m\u001b[1mmissed\u001b[22m\u001b[39m');
    expect(changes.stdout).toContain('\u001b[31m\u001b[1m-50.0 pp ▼\u001b[22m\u001b[39m');
    expect(changes.stdout).toContain('\u001b[31m\u001b[1m+0:01 ▲\u001b[22m\u001b[39m');
    const plain = await runCli(['report', '--no-color'], { env, stdoutIsTTY: true });
    expect(plain.stdout).not.toContain('\u001b[');
    expect(plain.stdout).toMatch(/│ missed │/);
  });
});

describe('svc report --format csv and md', () => {
  it('csv: one row for the totals with raw numbers, without float noise (12 significant digits); the notes on stderr', async () => {
    const { stdout, stderr, code } = await svc('report', '--format', 'csv');
    expect(code).toBe(0);
    expect(stderr).toBe("Note: repeat_rate of this period is provisional: only 0 of 6 calls (0%) have had their whole 168 h window inside the store's calls (calls up to 2026-11-02 08:00); later calls may still make it rise.\n");
    // 125/6, 4/7, 1185/7, 4/6 and 23/6 to twelve significant digits, worked out by hand.
    expect(stdout).toBe(
      'from,to,offered,answered,abandoned,short_abandoned,abandon_rate,asa_s,wait_median_s,wait_p90_s,max_wait_s,avg_abandon_wait_s,service_level,service_level_answered,aht_s,talk_avg_s,hold_avg_s,repeat_rate,fcr_rate,csat_avg,csat_top2,customers\n' +
        '2026-11-02,2026-11-08,10,7,5,2,0.3,20.8333333333,15,45,60,22.5,0.4,0.571428571429,169.285714286,175,15,0.666666666667,0.666666666667,3.83333333333,0.666666666667,6\n',
    );
  });
  it('csv --by day: one row per day with calls', async () => {
    const lines = (await svc('report', '--format', 'csv', '--by', 'day')).stdout.trim().split('\n');
    expect(lines[0]?.startsWith('day,offered,answered,')).toBe(true);
    // Offered per day (short abandons c03 and c12 left out): 11-02 c01 c02, 11-03 c04 c05, 11-04 c06 c07, 11-05 c08, 11-06 c09, 11-07 none, 11-08 c10 c11.
    expect(lines.slice(1).map((line) => line.split(',').slice(0, 2).join(' '))).toEqual([
      '2026-11-02 2', '2026-11-03 2', '2026-11-04 2', '2026-11-05 1', '2026-11-06 1', '2026-11-07 0', '2026-11-08 2',
    ]);
  });

  it('md: a heading, the parameters and one row per KPI with --compare, not one 21-column row', async () => {
    const lines = (await svc('report', '--format', 'md', '--compare', '--from', '2026-11-02', '--to', '2026-11-04')).stdout.split('\n');
    expect(lines[0]).toBe('# Calls 2026-11-02 to 2026-11-04 (UTC), compared with 2026-10-30 to 2026-11-01');
    expect(lines[2]).toBe('Parameters: T = 20 s (service level), S = 5 s (short abandon), W = 168 h (repeat window)');
    expect(lines[4]).toBe('| KPI | value | previous | change | last 8 |');
    // Service level 3 of 6 offered within 20 s against 100%: see the --compare test.
    expect(lines.find((line) => line.startsWith('| Service level |'))).toMatch(/^\| Service level \| 50\.0% \| 100\.0% \| -50\.0 pp ▼ worse \| /);
  });
});

describe('--fail-on-breach', () => {
  it('exits 2 when a target is missed, still printing the report', async () => {
    await svc('target', 'set', 'service_level', '>=80%');
    const result = await svc('report', '--fail-on-breach', '--format', 'json');
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout).targets[0]).toMatchObject({ kpi: 'service_level', met: false });
    expect(result.stderr).toBe('');
  });

  it('exits 0 when every target is met, and when nothing could be measured', async () => {
    // abandon_rate 3/10 = 0.3 exactly at its target; service_level_answered 4/7 above 0.5.
    await svc('target', 'set', 'abandon_rate', '<=0.3');
    await svc('target', 'set', 'service_level_answered', '>=50%');
    expect((await svc('report', '--fail-on-breach')).code).toBe(0);
    // A count is 0, not undefined, in an empty period: its target can be missed.
    await svc('target', 'set', 'customers', '>=6');
    expect((await svc('report', '--fail-on-breach')).code).toBe(0);
  });

  it('exits 2 on a period with no calls, naming the newest call, even with no target missed', async () => {
    const result = await svc('report', '--fail-on-breach', '--from', '2027-01-04', '--to', '2027-01-10', '--format', 'json');
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout).data_attention).toEqual([{ kind: 'no-calls', newest_call: '2026-11-09T08:00:00Z' }]);
    expect((await svc('report', '--fail-on-breach', '--from', '2026-11-09', '--to', '2026-11-09')).code).toBe(0);
  });

  it('exits 2 when the newest call is more than stale_after_hours old', async () => {
    const at = (now: string, ...args: string[]) => runCli(['report', '--fail-on-breach', ...args], { env: { ...env, SVC_NOW: now }, columns: 1000 });
    // n01 is 11-09 08:00: 36 h later is 11-10 20:00, still fresh; one second more is stale.
    expect((await at('2026-11-10T20:00:00Z')).code).toBe(0);
    const stale = await at('2026-11-10T20:00:01Z');
    expect(stale.code).toBe(2);
    expect(stale.stdout).toContain('Note: the newest call in the store is from 2026-11-09 08:00, 36 h ago, older than stale_after_hours (36 h): are calls still being imported?\n');
    await svc('config', 'set', 'stale_after_hours', '48');
    expect((await at('2026-11-10T20:00:01Z')).code).toBe(0);
  });

  it('without the flag a missed target still exits 0', async () => {
    await svc('target', 'set', 'service_level', '>=80%');
    expect((await svc('report')).code).toBe(0);
  });
});

describe('report periods', () => {
  it('--daily is yesterday and --monthly the last complete month, in the store zone', async () => {
    expect((await json('report', '--daily')).period).toEqual({ from: '2026-11-09', to: '2026-11-09', timezone: 'UTC' });
    expect((await json('report', '--monthly')).period).toEqual({ from: '2026-10-01', to: '2026-10-31', timezone: 'UTC' });
    // 2026-11-10T16:00Z is 11-11 01:00 in Tokyo (UTC+9), so yesterday there is 11-10 (in UTC it would be 11-09).
    await svc('config', 'set', 'timezone', 'Asia/Tokyo');
    expect((await runCli(['report', '--daily', '--format', 'json'], { env: { ...env, SVC_NOW: '2026-11-10T16:00:00Z' } })).stdout).toContain('"from": "2026-11-10"');
  });

  it('refuses a bad period with one line and no output', async () => {
    expect(await svc('report', '--from', '2026-13-01')).toEqual({
      code: 1,
      stdout: '',
      stderr: 'Error: --from "2026-13-01" is not a date\nHint: use YYYY-MM-DD, today, yesterday, -7d ("7d ago"), or a phrase such as "last monday"\n',
    });
    expect(await svc('report', '--daily', '--weekly')).toEqual({ code: 1, stdout: '', stderr: 'Error: choose one period: --daily, --weekly, --monthly or --from/--to\n' });
    const by = await svc('report', '--by', 'team');
    expect(by.code).toBe(1);
    expect(by.stderr).toBe(`Error: option '--by <dimension>' argument 'team' is invalid. Allowed choices are day, week, month, hour, weekday, agent, queue.\nHint: usage: svc report [options] (\`svc report --help\` for more)\n`);
  });
});

describe('svc target', () => {
  it('sets, lists and removes targets', async () => {
    expect(await svc('target', 'set', 'service_level', '>=80%')).toEqual({ code: 0, stdout: 'Target set: service_level >= 80%\n', stderr: '' });
    expect(await svc('target', 'set', 'asa_s', '<= 30')).toEqual({ code: 0, stdout: 'Target set: asa_s <= 30 s\n', stderr: '' });
    expect(await svc('target', 'set', 'abandon_rate', '<0.05')).toEqual({ code: 0, stdout: 'Target set: abandon_rate < 5%\n', stderr: '' });
    expect(await svc('target', 'list')).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'KPI              target     set at',
        'abandon_rate     < 5%       2026-11-10T12:00:00.000Z',
        'asa_s            <= 30 s    2026-11-10T12:00:00.000Z',
        'service_level    >= 80%     2026-11-10T12:00:00.000Z',
        '',
      ].join('\n'),
    });
    expect(await json('target', 'list')).toEqual([
      { kpi: 'abandon_rate', op: '<', target: 0.05, set_at: '2026-11-10T12:00:00.000Z' },
      { kpi: 'asa_s', op: '<=', target: 30, set_at: '2026-11-10T12:00:00.000Z' },
      { kpi: 'service_level', op: '>=', target: 0.8, set_at: '2026-11-10T12:00:00.000Z' },
    ]);
    expect(await svc('target', 'rm', 'asa_s')).toEqual({ code: 0, stdout: 'Target removed: asa_s\n', stderr: '' });
    expect(await svc('target', 'rm', 'asa_s')).toEqual({ code: 1, stdout: '', stderr: 'Error: no target is set for asa_s\nHint: svc target list shows the targets set\n' });
    expect((await json<{ kpi: string }[]>('target', 'list')).map((row) => row.kpi)).toEqual(['abandon_rate', 'service_level']);
  });

  it('setting a target again replaces it', async () => {
    await svc('target', 'set', 'service_level', '>=80%');
    await svc('target', 'set', 'service_level', '>0.9');
    expect(await json('target', 'list')).toEqual([{ kpi: 'service_level', op: '>', target: 0.9, set_at: '2026-11-10T12:00:00.000Z' }]);
  });

  it('refuses an unknown KPI or a bad expression with one line, writing nothing', async () => {
    const unknown = await svc('target', 'set', 'speed', '>=1');
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toMatch(/^Error: unknown KPI "speed": targets can be set on offered, answered, .*, service_level, .*, customers.*\n$/);
    expect(await svc('target', 'set', 'service_level', 'high')).toEqual({
      code: 1,
      stdout: '',
      stderr: `Error: target "high" for service_level is not OP VALUE: OP is one of < <= > >= =, for example '>=0.8' or '>=80%'\n`,
    });
    expect((await svc('target', 'set', 'asa_s', '<=30%')).stderr).toBe(`Error: asa_s is not a rate, so "<=30%" cannot be a percent: for example '<=30'\n`);
    expect(await json('target', 'list')).toEqual([]);
  });

  it('says so when no target is set', async () => {
    expect(await svc('target', 'list')).toEqual({ code: 0, stdout: "No targets set. Set one with: svc target set service_level '>=0.8'\n", stderr: '' });
  });

  it('an unknown KPI does not even create a store', async () => {
    const file = join(dir, 'never.db');
    expect((await runCli(['target', 'set', 'nope', '<1', '--db', file])).code).toBe(1);
    expect(existsSync(file)).toBe(false);
  });
});
