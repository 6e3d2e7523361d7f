import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARED_DATA } from '../helpers/bin.js';
import { runCli, tempDir } from '../helpers/cli.js';

/**
 * The PwC "Call Centre Trends" data (5,000 calls, 2021-01 … 03) imported with `svc import`,
 * reported by month, and every KPI the file can give recomputed here from the raw CSV with
 * plain loops. The file has no customer ids, hold or wrap-up times, and only answered calls
 * have a speed of answer, a talk time and a rating.
 */
const FILE = join(SHARED_DATA, 'pwc-call-centre-trends', 'call-center-dataset.csv');

interface Row {
  month: string;
  answered: boolean;
  resolved: boolean;
  speed: number | null;
  talk: number | null;
  rating: number | null;
}

function readRows(): Row[] {
  const [, ...lines] = readFileSync(FILE, 'utf8').trim().split(/\r?\n/);
  return lines.map((line) => {
    const [, , date, , , answered, resolved, speed, talk, rating] = line.split(',');
    const seconds = (text: string | undefined) => (text ? text.split(':').reduce((total, part) => total * 60 + Number(part), 0) : null);
    return {
      month: (date as string).slice(0, 7),
      answered: answered === 'Y',
      resolved: resolved === 'Y',
      speed: speed ? Number(speed) : null,
      talk: seconds(talk),
      rating: rating ? Number(rating) : null,
    };
  });
}

function expectedKpis(rows: Row[]) {
  const answered = rows.filter((row) => row.answered);
  const speeds = answered.map((row) => row.speed as number).sort((a, b) => a - b);
  const at = (p: number) => {
    const h = (speeds.length - 1) * p;
    const low = speeds[Math.floor(h)] as number;
    return low + (h - Math.floor(h)) * ((speeds[Math.ceil(h)] as number) - low);
  };
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  const ratings = rows.flatMap((row) => (row.rating === null ? [] : [row.rating]));
  const talks = answered.map((row) => row.talk as number);
  return {
    offered: rows.length,
    answered: answered.length,
    abandoned: rows.length - answered.length,
    short_abandoned: 0,
    abandon_rate: (rows.length - answered.length) / rows.length,
    asa_s: sum(speeds) / speeds.length,
    wait_median_s: at(0.5),
    wait_p90_s: at(0.9),
    max_wait_s: Math.max(...speeds),
    avg_abandon_wait_s: null,
    service_level: speeds.filter((speed) => speed <= 20).length / rows.length,
    service_level_answered: speeds.filter((speed) => speed <= 20).length / answered.length,
    aht_s: sum(talks) / answered.length,
    talk_avg_s: sum(talks) / talks.length,
    repeat_rate: null,
    fcr_rate: answered.filter((row) => row.resolved).length / answered.length,
    csat_avg: sum(ratings) / ratings.length,
    csat_top2: ratings.filter((rating) => rating >= 4).length / ratings.length,
    customers: 0,
  };
}

describe('svc report on the PwC call-centre data', () => {
  const { dir, cleanup } = tempDir();
  const env = { SVC_DB: join(dir, 'svc.db') };
  let report: {
    totals: Record<string, number | null>;
    groups: { key: { month: string }; kpis: Record<string, number | null> }[];
    coverage: { store: { first_call: string; last_call: string }; period: { first_call: string; last_call: string; days: number; days_without_calls: string[]; complete: boolean } };
    provisional: unknown[];
  };
  beforeAll(async () => {
    expect((await runCli(['config', 'set', 'timezone', 'UTC'], { env })).code).toBe(0);
    expect((await runCli(['import', FILE, '--quiet'], { env })).code).toBe(0);
    const result = await runCli(['report', '--from', '2021-01-01', '--to', '2021-03-31', '--by', 'month', '--format', 'json'], { env });
    expect(result.code).toBe(0);
    report = JSON.parse(result.stdout);
  });
  afterAll(() => cleanup());

  const rows = readRows();
  const check = (actual: Record<string, number | null>, expected: Record<string, number | null>) => {
    for (const [key, value] of Object.entries(expected)) {
      if (value === null) expect(actual[key], key).toBeNull();
      else expect(actual[key], key).toBeCloseTo(value, 9);
    }
  };

  it('gives the totals a plain loop over the file gives', () => {
    expect(rows).toHaveLength(5000);
    check(report.totals, expectedKpis(rows));
  });

  it('states the data it stands on: first and last call, days without calls, as the file has them', () => {
    const [, ...lines] = readFileSync(FILE, 'utf8').trim().split(/\r?\n/);
    const instants = lines.map((line) => {
      const [, , date, time] = line.split(',') as [string, string, string, string];
      return `${date}T${time.padStart(8, '0')}Z`;
    });
    const sorted = [...instants].sort();
    const dates = new Set(instants.map((instant) => instant.slice(0, 10)));
    const without: string[] = [];
    for (let day = Date.parse('2021-01-01'); day <= Date.parse('2021-03-31'); day += 86400_000) {
      const iso = new Date(day).toISOString().slice(0, 10);
      if (!dates.has(iso)) without.push(iso);
    }
    const first = sorted[0] as string;
    const last = sorted.at(-1) as string;
    expect(report.coverage.store).toEqual({ first_call: first, last_call: last });
    expect(report.coverage.period).toEqual({ first_call: first, last_call: last, days: 90, days_without_calls: without, complete: true });
    // No customer ids: no repeat base, so nothing is provisional.
    expect(report.provisional).toEqual([]);
  });

  it('and the same per month', () => {
    expect(report.groups.map((group) => group.key.month)).toEqual(['2021-01', '2021-02', '2021-03']);
    for (const group of report.groups) check(group.kpis, expectedKpis(rows.filter((row) => row.month === group.key.month)));
  });
});
