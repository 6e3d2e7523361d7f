import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';

/**
 * A day small enough to staff by hand (store in UTC, T = 20 s, 30-minute intervals):
 *   09:00–09:30  12 answered (dana 6, eli 6), wait 0, talk 150 + wrap 30 = 180 s each
 *   09:30–10:00   2 answered by dana, wait 5, talk 390 each; 1 abandoned after 40 s
 * Period AHT = (12·180 + 2·390) / 14 = 210 s; the second interval has fewer than 10 answered calls, so it takes it.
 * 09:00: A = 12·180/1800 = 1.2 erlangs. Erlang B: B1 = 1.2/2.2 = .545455, B2 = .246575, B3 = .089776.
 *   N = 2: C = 2·B2/(2 − 1.2·(1 − B2)) = .45,    SL = 1 − .45·e^(−0.8·20/180) = .5883 < .8
 *   N = 3: C = 3·B3/(3 − 1.2·(1 − B3)) = .141177, SL = 1 − .141177·e^(−1.8·20/180) = .8844 → 3 needed; 2 seen.
 * 09:30: 3 offered, A = 3·210/1800 = .35.  N = 1: C = .35, SL = 1 − .35·e^(−.65·20/210) = .6710 < .8
 *   N = 2: B2 = .0434012, C = .0521279, SL = 1 − .0521279·e^(−1.65·20/210) = .9555 → 2 needed; 1 seen.
 *   Achieved: 2 of 3 within 20 s = 66.7%, 1 of 3 abandoned = 33.3%.
 * Patience = all waits / abandoned = (12·0 + 2·5 + 40) / 1 = 50 s.
 */
const CALLS = [
  'call_id,arrival,queue,agent,wait,talk,wrap,outcome',
  ...Array.from({ length: 12 }, (_, i) => `m${i},2026-11-16T09:${String(2 * i).padStart(2, '0')}:00Z,support,${i % 2 === 0 ? 'dana' : 'eli'},0,150,30,answered`),
  'n1,2026-11-16T09:31:00Z,support,dana,5,390,0,answered',
  'n2,2026-11-16T09:40:00Z,support,dana,5,390,0,answered',
  'n3,2026-11-16T09:50:00Z,support,,40,,,abandoned',
].join('\n');

let dir: string;
let cleanup: () => void;
const env = { SVC_NOW: '2026-11-17T08:00:00Z' };
// Wide enough that the interval table keeps one line per interval, as written out below.
const svc = (...args: string[]) => runCli([...args, '--db', join(dir, 'svc.db')], { cwd: dir, env, columns: 160 });
const DAY = ['--from', '2026-11-16', '--to', '2026-11-16'];

beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
  writeFileSync(join(dir, 'calls.csv'), `${CALLS}\n`);
  expect((await svc('config', 'set', 'timezone', 'UTC')).code).toBe(0);
  expect((await svc('import', 'calls.csv', '--quiet')).code).toBe(0);
});
afterAll(() => cleanup());

describe('svc staffing', () => {
  it('staffs each interval from the log, against the agents seen', async () => {
    const result = await svc('staffing', ...DAY);
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'Staffing 2026-11-16 to 2026-11-16 (UTC), 30-minute intervals, Erlang C, target service_level>=0.8@20s (default).',
        '',
        'start               offered        AHT    erlangs    needed    seen (at least)    gap (at most)    SL achieved    abandoned    SL predicted',
        '2026-11-16 09:00         12      180 s       1.20         3                  2                1         100.0%         0.0%           88.4%',
        '2026-11-16 09:30          3    210 s *       0.35         2                  1                1          66.7%        33.3%           95.5%',
        '',
        '46 intervals without calls or agents are not shown.',
        "* fewer than 10 answered calls: the period's AHT (210 s) stands in.",
        'Seen: distinct agents who answered a call in the interval, a lower bound of who was there; so the gap is at most what it shows.',
        "SL achieved: answered within the store's T = 20 s / offered.",
        '',
      ].join('\n'),
    });
  });

  it('gives every interval in JSON, starts as local ISO times, and the patience Erlang A used', async () => {
    const result = await svc('staffing', ...DAY, '--model', 'erlang-a', '--interval', '15m', '--format', 'json');
    expect(result.code).toBe(0);
    const document = JSON.parse(result.stdout);
    expect(document.period).toEqual({ from: '2026-11-16', to: '2026-11-16', timezone: 'UTC' });
    expect(document.params).toMatchObject({ interval_min: 15, model: 'erlang-a', target: 'service_level>=0.8@20s', shrinkage: null, patience_s: 50, period_aht_s: 210 });
    expect(document.params.patience_by_queue).toEqual([{ queue: 'support', patience_s: 50, abandoned: 1 }]);
    expect(document.intervals).toHaveLength(96);
    // 09:00–09:15 holds the calls m0…m7 (minutes 0, 2, … 14): 8 answered, under 10, so the period's AHT.
    expect(document.intervals[36]).toMatchObject({ start: '2026-11-16T09:00:00+00:00', offered: 8, aht_s: 210, aht_from_period: true, agents_seen: 2, achieved: { service_level: 1, abandon_rate: 0 } });
    expect(document.intervals[36].erlangs).toBeCloseTo((8 * 210) / 900, 12);
    expect(document.intervals[0]).toEqual({
      start: '2026-11-16T00:00:00+00:00',
      offered: 0,
      aht_s: null,
      aht_from_period: false,
      erlangs: 0,
      agents_needed: 0,
      agents_seen: 0,
      gap: 0,
      achieved: { service_level: null, abandon_rate: null },
      predicted: null,
    });
  });

  it('uses the charter: svc target set staffing, and svc check reports the understaffed hour', async () => {
    expect(await svc('target', 'set', 'staffing', 'service_level >= 85% @ 20s')).toEqual({ code: 0, stdout: 'Target set: staffing service_level>=0.85@20s\n', stderr: '' });
    expect((await svc('target', 'list', '--format', 'csv')).stdout).toMatch(/^staffing,,service_level>=0\.85@20s,/m);
    const staffing = JSON.parse((await svc('staffing', ...DAY, '--format', 'json')).stdout);
    expect(staffing.params).toMatchObject({ target: 'service_level>=0.85@20s', target_source: 'charter' });
    const check = await svc('check', '--period', 'daily', '--fail-on-breach');
    expect(check).toEqual({
      code: 2,
      stderr: '',
      stdout: [
        '1 thing needs attention (the day 2026-11-16, UTC).',
        '',
        'Understaffed intervals (fewer agents seen answering than service_level>=0.85@20s',
        'needs, 30-minute intervals)',
        '- 2026-11-16 09:00 to 10:00: needed up to 3, seen as few as 1, short by up to 1',
        '  (2 intervals)',
        '',
      ].join('\n'),
    });
    const json = JSON.parse((await svc('check', '--period', 'daily', '--format', 'json')).stdout);
    expect(json.understaffed).toEqual({
      target: 'service_level>=0.85@20s',
      interval_min: 30,
      runs: [{ from: '2026-11-16T09:00:00+00:00', to: '2026-11-16T10:00:00+00:00', intervals: 2, most_needed: 3, fewest_seen: 1, largest_gap: 1 }],
    });
    // One agent short is within a margin of one agent.
    expect(await svc('check', '--period', 'daily', '--fail-on-breach', '--staffing-margin', '1')).toEqual({ code: 0, stderr: '', stdout: 'All is well for the day 2026-11-16: nothing needs attention.\n' });
    expect(await svc('target', 'rm', 'staffing')).toEqual({ code: 0, stdout: 'Target removed: staffing\n', stderr: '' });
  });

  it('estimates patience per queue and uses the chosen queue\'s', async () => {
    const document = JSON.parse((await svc('staffing', ...DAY, '--queue', 'support', '--model', 'erlang-a', '--format', 'json')).stdout);
    expect(document.params).toMatchObject({ queue: 'support', model: 'erlang-a', patience_s: 50 });
    const none = JSON.parse((await svc('staffing', ...DAY, '--queue', 'sales', '--format', 'json')).stdout);
    expect(none.intervals.every((interval: { offered: number }) => interval.offered === 0)).toBe(true);
    // A queue without calls needs no model: its patience is unknown and said to be.
    const salesA = JSON.parse((await svc('staffing', ...DAY, '--queue', 'sales', '--model', 'erlang-a', '--format', 'json')).stdout);
    expect(salesA.params.patience_s).toBeNull();
  });

  it('refuses a staffing target it cannot hold', async () => {
    expect(await svc('target', 'set', 'staffing', 'service_level>=1@20s')).toEqual({
      code: 1,
      stdout: '',
      stderr: 'Error: staffing target "service_level>=1@20s": no number of agents answers every call within a threshold\nHint: aim below 100%, for example service_level>=0.95@20s\n',
    });
    expect((await svc('target', 'set', 'staffing', 'asa<=30')).stderr).toBe('Error: unknown staffing target "asa<=30"\nHint: use one of service_level>=0.8@20s, asa_s<=30, p_wait<=0.5 or abandon_rate<=0.05\n');
  });

  it('averages a typical week', async () => {
    const document = JSON.parse((await svc('staffing', '--from', '2026-11-16', '--to', '2026-11-29', '--typical', '--interval', '60m', '--format', 'json')).stdout);
    expect(document.intervals).toHaveLength(7 * 24);
    // Two Mondays in the period, calls on one: 15 offered / 2 = 7.5 at 09:00.
    expect(document.intervals[9]).toMatchObject({ weekday: 'monday', time: '09:00', days: 2, offered: 7.5, agents_seen: 1 });
  });
});

describe('svc staffing erlang', () => {
  it('prints the agents needed, one fewer and one more', async () => {
    const result = await runCli(['staffing', 'erlang', '--calls', '100', '--per', '30m', '--aht', '180', '--target', 'service_level>=0.8@20s', '--shrinkage', '0.3']);
    // The worked example of test/unit/staffing/erlang-c.test.ts: 10 erlangs, 14 agents, 14 / 0.7 = 20 to schedule.
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'Erlang C: 10.00 erlangs, 14 agents needed, 20 to schedule after shrinkage.',
        '',
        'agents    needed    SL ≤ 20 s      ASA    P(wait)    occupancy',
        '    13    no            79.6%     17 s      28.5%        76.9%',
        '    14    yes           88.8%    7.8 s      17.4%        71.4%',
        '    15    no            94.1%    3.7 s      10.2%        66.7%',
        '',
      ].join('\n'),
    });
  });

  it('gives the JSON shape scripts rely on, with abandon_rate null under Erlang C', async () => {
    const document = JSON.parse((await runCli(['staffing', 'erlang', '--calls', '0', '--aht', '180', '--target', 'asa_s<=30', '--format', 'json'])).stdout);
    expect(document).toEqual({
      model: 'erlang-c',
      erlangs: 0,
      agents_needed: 0,
      sl_threshold_s: 20,
      predicted: { service_level: 1, asa_s: 0, p_wait: 0, occupancy: null, abandon_rate: null },
      neighbours: [{ agents: 1, service_level: 1, asa_s: 0, p_wait: 0, occupancy: 0, abandon_rate: null }],
    });
  });

  it.each([
    [['--target', 'service_level>0.8'], 'Error: unknown staffing target "service_level>0.8"\nHint: use one of service_level>=0.8@20s, asa_s<=30, p_wait<=0.5 or abandon_rate<=0.05\n'],
    [['--aht', '0'], 'Error: --aht 0 is not a number above 0\n'],
    [['--aht', '-30'], 'Error: --aht -30 is not a number above 0\n'],
    [['--per', '45m'], 'Error: --per 45m does not divide an hour\nHint: use 15m, 30m or 60m (or 1m … 20m that divide 60)\n'],
    [['--target', 'abandon_rate<=0.05'], 'Error: an abandon_rate target needs Erlang A, which models callers who give up\nHint: give --patience SECONDS (svc staffing erlang) or --model erlang-a (svc staffing)\n'],
    [['--max-occupancy', '1.2'], 'Error: --max-occupancy 1.2 is outside (0, 1]\nHint: for example --max-occupancy 0.85\n'],
    [['--max-occupancy', '0'], 'Error: --max-occupancy 0 is outside (0, 1]\nHint: for example --max-occupancy 0.85\n'],
  ])('refuses %j in one line, exit 1', async (change, stderr) => {
    const args = { '--calls': '100', '--aht': '180', '--target': 'service_level>=0.8@20s' } as Record<string, string>;
    for (let i = 0; i < change.length; i += 2) args[change[i]!] = change[i + 1]!;
    expect(await runCli(['staffing', 'erlang', ...Object.entries(args).flat()])).toEqual({ code: 1, stdout: '', stderr });
  });

  it('refuses an interval that does not divide an hour, or one finer than the store keeps', async () => {
    expect(await svc('staffing', '--interval', '45m')).toEqual({ code: 1, stdout: '', stderr: 'Error: --interval 45m does not divide an hour\nHint: use 15m, 30m or 60m (or 1m … 20m that divide 60)\n' });
    expect(await svc('staffing', '--interval', '10m')).toEqual({ code: 1, stdout: '', stderr: 'Error: --interval 10m: the store keeps quarter hours, so intervals are 15m, 30m or 60m\nHint: use 15m, 30m or 60m\n' });
  });
});
