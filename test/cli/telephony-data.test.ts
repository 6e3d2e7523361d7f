import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARED_DATA } from '../helpers/bin.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { importCounts } from '../helpers/import-counts.js';

/**
 * The real data sets in ../shared/data imported with `svc import` (format detected), and the
 * numbers svc reports held to values computed here a second way: plain loops over the raw files.
 */
type Kpis = Record<string, number | null>;
interface Report {
  totals: Kpis;
  groups: { key: Record<string, string>; kpis: Kpis }[];
}

function store() {
  const { dir, cleanup } = tempDir();
  const env = { SVC_DB: join(dir, 'svc.db') };
  return {
    cleanup,
    svc: (...args: string[]) => runCli(args, { env }),
    report: async (...args: string[]) => {
      const result = await runCli(['report', ...args, '--format', 'json'], { env });
      expect(result.code).toBe(0);
      return JSON.parse(result.stdout) as Report;
    },
  };
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const clock = (text: string) => text.split(':').reduce((total, part) => total * 60 + Number(part), 0);

describe('SEE Anonymous Bank, February 1999, per day', () => {
  const FILE = join(SHARED_DATA, 'see-anonymous-bank-1999', 'data_anonymous_bank_february.txt');
  const { svc, report, cleanup } = store();
  let imported: ReturnType<typeof importCounts>;
  let byDay: Report;
  beforeAll(async () => {
    expect((await svc('config', 'set', 'timezone', 'Asia/Jerusalem')).code).toBe(0);
    const result = await svc('import', FILE);
    expect(result.code).toBe(0);
    imported = importCounts(result.stderr);
    byDay = await report('--from', '1999-02-01', '--to', '1999-03-01', '--by', 'day');
  });
  afterAll(() => cleanup());

  /** The file read with the README's rules, one record at a time. */
  function expectedDays() {
    const [header, ...lines] = readFileSync(FILE, 'utf8').split(/\r?\n/).filter((line) => line !== '');
    const at = (name: string) => header!.split('\t').indexOf(name);
    const days = new Map<string, { waits: number[]; answered: number; abandoned: number }>();
    let skipped = 0;
    for (const line of lines) {
      const f = line.split('\t');
      const outcome = f[at('outcome')]!;
      const queued = f[at('q_start')] !== '0:00:00' || f[at('q_exit')] !== '0:00:00';
      if (outcome === 'PHANTOM' || (outcome === 'HANG' && !queued)) {
        skipped++;
        continue;
      }
      let arrival: number;
      if (queued) arrival = f[at('q_start')] !== '0:00:00' ? clock(f[at('q_start')]!) : (clock(f[at('q_exit')]!) - Number(f[at('q_time')]) + 86400) % 86400;
      else arrival = f[at('ser_start')] !== '0:00:00' ? clock(f[at('ser_start')]!) : clock(f[at('vru_exit')]!);
      const nextDay = arrival < clock(f[at('vru_entry')]!) - 12 * 3600;
      const date = f[at('date')]!;
      const day = new Date(Date.UTC(1900 + Number(date.slice(0, 2)), Number(date.slice(2, 4)) - 1, Number(date.slice(4, 6)) + (nextDay ? 1 : 0))).toISOString().slice(0, 10);
      const entry = days.get(day) ?? { waits: [], answered: 0, abandoned: 0 };
      if (outcome === 'AGENT') {
        entry.answered++;
        entry.waits.push(Number(f[at('q_time')]));
      } else {
        entry.abandoned++;
      }
      days.set(day, entry);
    }
    return { days, skipped, records: lines.length };
  }

  it('stores every call and counts the PHANTOMs and voice-menu hang-ups as skipped', () => {
    const { days, skipped, records } = expectedDays();
    expect(records).toBe(33344);
    expect(imported).toEqual({ inserted: records - skipped, duplicates: 0, rejected: 0, skipped });
    expect(sum([...days.values()].map((day) => day.answered + day.abandoned))).toBe(records - skipped);
  });

  it('gives each day’s offered, answered, abandoned, ASA and service level', () => {
    const { days } = expectedDays();
    expect(byDay.groups.map((group) => group.key.day)).toEqual([...days.keys()].sort());
    for (const group of byDay.groups) {
      const day = days.get(group.key.day!)!;
      const offered = day.answered + day.abandoned;
      expect(group.kpis, group.key.day).toMatchObject({ offered, answered: day.answered, abandoned: day.abandoned });
      expect(group.kpis.asa_s, group.key.day).toBeCloseTo(sum(day.waits) / day.waits.length, 9);
      expect(group.kpis.service_level, group.key.day).toBeCloseTo(day.waits.filter((wait) => wait <= 20).length / offered, 9);
      expect(group.kpis.max_wait_s, group.key.day).toBe(Math.max(...day.waits));
    }
  });
});

describe('SEE Anonymous Bank, February 1999, quantiles of waits', () => {
  const FILE = join(SHARED_DATA, 'see-anonymous-bank-1999', 'data_anonymous_bank_february.txt');
  const { svc, report, cleanup } = store();
  beforeAll(async () => {
    expect((await svc('config', 'set', 'timezone', 'Asia/Jerusalem')).code).toBe(0);
    expect((await svc('import', FILE, '--quiet')).code).toBe(0);
  });
  afterAll(() => cleanup());

  /** numpy's default quantile, by sorting the raw waits: a second way to the report's wait counts. */
  function numpyQuantile(waits: number[], p: number): number | null {
    if (waits.length === 0) return null;
    const sorted = [...waits].sort((a, b) => a - b);
    const h = (sorted.length - 1) * p;
    const low = sorted[Math.floor(h)]!;
    const high = sorted[Math.min(Math.floor(h) + 1, sorted.length - 1)]!;
    return low + (h - Math.floor(h)) * (high - low);
  }

  /** The answered calls' waits by server (agent; NO_SERVER is none) and in total, read from the raw file. */
  function answeredWaits() {
    const [header, ...lines] = readFileSync(FILE, 'utf8').split(/\r?\n/).filter((line) => line !== '');
    const at = (name: string) => header!.split('\t').indexOf(name);
    const byServer = new Map<string | null, number[]>();
    const all: number[] = [];
    for (const line of lines) {
      const f = line.split('\t');
      if (f[at('outcome')] !== 'AGENT') continue;
      const server = f[at('server')] === 'NO_SERVER' ? null : f[at('server')]!;
      const wait = Number(f[at('q_time')]);
      byServer.set(server, [...(byServer.get(server) ?? []), wait]);
      all.push(wait);
    }
    return { byServer, all };
  }

  it('gives the month’s median and 90th percentile wait, in total and per agent, as sorting every wait does', async () => {
    const { byServer, all } = answeredWaits();
    const byAgent = await report('--from', '1999-02-01', '--to', '1999-03-01', '--by', 'agent');
    expect(byAgent.totals.wait_median_s).toBe(numpyQuantile(all, 0.5));
    expect(byAgent.totals.wait_p90_s).toBe(numpyQuantile(all, 0.9));
    expect(byAgent.groups.length).toBe(byServer.size);
    for (const group of byAgent.groups) {
      const waits = byServer.get(group.key.agent ?? null)!;
      expect(group.kpis.wait_median_s, String(group.key.agent)).toBe(numpyQuantile(waits, 0.5));
      expect(group.kpis.wait_p90_s, String(group.key.agent)).toBe(numpyQuantile(waits, 0.9));
    }
  });
});

describe('PwC Call Centre Trends workbook, per agent and per month', () => {
  const XLSX = join(SHARED_DATA, 'pwc-call-centre-trends', 'call-center-dataset.xlsx');
  // The CSV export holds the same rows: the loop reads it (times already rounded to the second).
  const CSV = join(SHARED_DATA, 'pwc-call-centre-trends', 'call-center-dataset.csv');
  const { svc, report, cleanup } = store();
  let byAgent: Report;
  let byMonth: Report;
  beforeAll(async () => {
    expect((await svc('config', 'set', 'timezone', 'UTC')).code).toBe(0);
    const result = await svc('import', XLSX);
    expect(result.code).toBe(0);
    expect(importCounts(result.stderr)).toEqual({ inserted: 5000, duplicates: 0, rejected: 0, skipped: 0 });
    byAgent = await report('--from', '2021-01-01', '--to', '2021-03-31', '--by', 'agent');
    byMonth = await report('--from', '2021-01-01', '--to', '2021-03-31', '--by', 'month');
  });
  afterAll(() => cleanup());

  const rows = (parse(readFileSync(CSV, 'utf8'), { columns: true }) as Record<string, string>[]).map((row) => ({
    agent: row.Agent!,
    month: row.Date!.slice(0, 7),
    answered: row['Answered (Y/N)'] === 'Y',
    resolved: row.Resolved === 'Y',
    speed: row['Speed of answer in seconds'] ? Number(row['Speed of answer in seconds']) : null,
    talk: row.AvgTalkDuration ? clock(row.AvgTalkDuration) : null,
    rating: row['Satisfaction rating'] ? Number(row['Satisfaction rating']) : null,
  }));
  function expected(group: typeof rows) {
    const answered = group.filter((row) => row.answered);
    const speeds = answered.map((row) => row.speed!);
    const ratings = group.flatMap((row) => (row.rating === null ? [] : [row.rating]));
    return {
      offered: group.length,
      answered: answered.length,
      abandoned: group.length - answered.length,
      asa_s: sum(speeds) / speeds.length,
      service_level: speeds.filter((speed) => speed <= 20).length / group.length,
      talk_avg_s: sum(answered.map((row) => row.talk!)) / answered.length,
      fcr_rate: answered.filter((row) => row.resolved).length / answered.length,
      csat_avg: sum(ratings) / ratings.length,
    };
  }
  const check = (actual: Kpis, wanted: Record<string, number>, label: string) => {
    for (const [key, value] of Object.entries(wanted)) expect(actual[key], `${label} ${key}`).toBeCloseTo(value, 9);
  };

  it('per agent', () => {
    const agents = [...new Set(rows.map((row) => row.agent))].sort();
    expect(agents).toHaveLength(8);
    expect(byAgent.groups.map((group) => group.key.agent).sort()).toEqual(agents);
    for (const group of byAgent.groups) check(group.kpis, expected(rows.filter((row) => row.agent === group.key.agent)), group.key.agent!);
  });

  it('per month', () => {
    expect(byMonth.groups.map((group) => group.key.month)).toEqual(['2021-01', '2021-02', '2021-03']);
    for (const group of byMonth.groups) check(group.kpis, expected(rows.filter((row) => row.month === group.key.month)), group.key.month!);
  });
});

describe('office PBX CDRs: parallel legs collapsed', () => {
  const DIR = join(SHARED_DATA, 'asterisk-cdr-office-pbx');
  const read = (name: string) => parse(readFileSync(join(DIR, name), 'utf8')) as string[][];
  // cdr_csv columns: 1 src, 2 dst, 3 dcontext, 4 clid, 5 channel, 7 lastapp, 8 lastdata, 9 start, 13 billsec, 14 disposition, 16 uniqueid.
  const callsJson = async (svc: ReturnType<typeof store>['svc']) =>
    JSON.parse((await svc('calls', '--from', '2017-06-01', '--to', '2017-06-30', '--format', 'json')).stdout) as { outcome: string; talk_s: number | null; customer: string | null }[];

  it('smallcdr.csv gives the calls of that project’s expected smallcdr_wo_parallelcalls.csv', async () => {
    const { svc, cleanup } = store();
    try {
      await svc('config', 'set', 'timezone', 'UTC');
      const result = await svc('import', join(DIR, 'smallcdr.csv'));
      expect(result.code).toBe(0);
      const expected = read('smallcdr_wo_parallelcalls.csv');
      expect(importCounts(result.stderr).inserted).toBe(expected.length);
      const calls = await callsJson(svc);
      const answeredRows = expected.filter((fields) => fields[14] === 'ANSWERED');
      expect(calls.filter((call) => call.outcome === 'answered')).toHaveLength(answeredRows.length);
      expect(sum(calls.map((call) => call.talk_s ?? 0))).toBe(sum(answeredRows.map((fields) => Number(fields[13]))));
      expect(calls.map((call) => call.customer).sort()).toEqual(expected.map((fields) => fields[1]).sort());
    } finally {
      cleanup();
    }
  });

  it('cdr.csv: one call per group of legs that share a uniqueid, or are parallel (same sequence, caller, number and channel within 2 s)', async () => {
    const rows = read('cdr.csv');
    const groups: string[][][] = [];
    for (const fields of rows) {
      const [epoch, sequence] = fields[16]!.split('.').map(Number) as [number, number];
      const same = (other: string[]) => {
        const [otherEpoch, otherSequence] = other[16]!.split('.').map(Number) as [number, number];
        if (other[16] === fields[16]) return true;
        return otherSequence === sequence && Math.abs(otherEpoch - epoch) <= 2 && [1, 2, 3, 4, 5, 7, 8].every((i) => other[i] === fields[i]);
      };
      const group = groups.find((legs) => legs.some(same));
      if (group) group.push(fields);
      else groups.push([fields]);
    }
    const { svc, cleanup } = store();
    try {
      await svc('config', 'set', 'timezone', 'UTC');
      const result = await svc('import', join(DIR, 'cdr.csv'));
      expect(importCounts(result.stderr)).toEqual({ inserted: groups.length, duplicates: 0, rejected: 0, skipped: 0 });
      const calls = await callsJson(svc);
      const answered = groups.filter((legs) => legs.some((fields) => fields[14] === 'ANSWERED'));
      expect(calls.filter((call) => call.outcome === 'answered')).toHaveLength(answered.length);
      expect(sum(calls.map((call) => call.talk_s ?? 0))).toBe(sum(answered.map((legs) => Number(legs.find((fields) => fields[14] === 'ANSWERED')![13]))));
    } finally {
      cleanup();
    }
  });
});

describe('the lab and FreeSWITCH samples', () => {
  it('the 19-field lab CDR and the FreeSWITCH sample import with their formats detected', async () => {
    const { svc, cleanup } = store();
    try {
      const lab = join(SHARED_DATA, 'asterisk-cdr-lab', 'Master.csv');
      const labRows = parse(readFileSync(lab, 'utf8'), { relax_quotes: true }) as string[][];
      expect(importCounts((await svc('import', lab)).stderr)).toEqual({ inserted: new Set(labRows.map((fields) => fields[16])).size, duplicates: 0, rejected: 0, skipped: 0 });
      const freeswitch = join(SHARED_DATA, 'freeswitch-cdr-sample', 'Master.csv');
      const uuids = new Set(readFileSync(freeswitch, 'utf8').trim().split('\n').map((line) => line.split(',')[10]));
      expect(importCounts((await svc('import', freeswitch)).stderr)).toEqual({ inserted: uuids.size, duplicates: 0, rejected: 0, skipped: 0 });
    } finally {
      cleanup();
    }
  });
});
