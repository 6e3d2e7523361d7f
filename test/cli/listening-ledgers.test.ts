import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/db/open.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { storeCalls } from '../helpers/report-calls.js';
import { sqlRows } from '../helpers/store-file.js';
import { connection } from '../../src/db/store.js';

let dir: string;
let cleanup: () => void;
let db: string;
const env = () => ({ SVC_DB: db, SVC_NOW: '2026-12-02T12:00:00Z' });
const svc = (...args: string[]) => runCli(args, { env: env() });
const json = async (...args: string[]) => JSON.parse((await svc(...args, '--format', 'json')).stdout);

beforeEach(async () => {
  ({ dir, cleanup } = tempDir());
  db = join(dir, 'svc.db');
  expect((await svc('config', 'set', 'timezone', 'UTC')).code).toBe(0);
});
afterEach(() => cleanup());

describe('svc focus', () => {
  it('records a focus group and its findings verbatim with their polarity, and lists one row per finding', async () => {
    expect(await svc('focus', 'add', '--date', '2026-11-25', '--topic', 'Phone menu', '--participants', '8')).toEqual({ code: 0, stdout: 'Focus group #1 held 2026-11-25 on Phone menu, 8 participants\n', stderr: '' });
    expect((await svc('focus', 'finding', '1', '--polarity', 'negative', '  "Option 3" goes nowhere  ')).stdout).toBe('Finding #1 (negative) added to focus group #1\n');
    expect((await svc('focus', 'finding', '1', '--polarity', 'positive', 'Agents know their stuff', '--quiet')).stdout).toBe('2\n');
    expect((await svc('focus', 'add', '--date', 'yesterday', '--topic', 'Billing', '--participants', '5')).stdout).toBe('Focus group #2 held 2026-12-01 on Billing, 5 participants\n');
    expect(await json('focus', 'list')).toEqual([
      { group: 1, date: '2026-11-25', topic: 'Phone menu', participants: 8, finding_id: 1, polarity: 'negative', finding: '  "Option 3" goes nowhere  ' },
      { group: 1, date: '2026-11-25', topic: 'Phone menu', participants: 8, finding_id: 2, polarity: 'positive', finding: 'Agents know their stuff' },
      { group: 2, date: '2026-12-01', topic: 'Billing', participants: 5, finding_id: null, polarity: null, finding: null },
    ]);
    expect((await json('focus', 'list', '--from', '2026-12-01')).map((row: { group: number }) => row.group)).toEqual([2]);
    expect((await svc('focus', 'list', '--format', 'csv')).stdout.split('\n')[0]).toBe('group,date,topic,participants,finding_id,polarity,finding');
  });

  it('refuses what cannot be right, naming the field, and writes nothing', async () => {
    expect(await svc('focus', 'add', '--date', '2026-11-25', '--topic', 'Menu', '--participants', '0')).toEqual({ code: 1, stdout: '', stderr: 'Error: --participants must be a whole number of people, at least 1, not "0"\n' });
    expect((await svc('focus', 'add', '--date', '2026-12-25', '--topic', 'Menu', '--participants', '3')).stderr).toBe('Error: --date 2026-12-25 is in the future: record a focus group once it has been held\n');
    expect((await svc('focus', 'finding', '9', '--polarity', 'positive', 'x')).stderr).toBe('Error: no focus group 9\nHint: svc focus list shows the ids\n');
    expect((await svc('focus', 'list')).stdout).toBe('No focus groups recorded: add one with svc focus add.\n');
  });
});

describe('svc event', () => {
  it('records an event and sets it against the calls and complaints of its own time and of the same time just before', async () => {
    // 2026-11-10 09:00–11:00 (the event): 4 calls offered, 3 abandoned; 07:00–09:00 (before): 2 offered, 0 abandoned.
    const store = openStore(db);
    storeCalls(store, [
      { id: 'a', at: '2026-11-10T07:15:00Z', outcome: 'answered', wait: 5 },
      { id: 'b', at: '2026-11-10T08:45:00Z', outcome: 'answered', wait: 5 },
      { id: 'c', at: '2026-11-10T09:05:00Z', outcome: 'abandoned', wait: 90 },
      { id: 'd', at: '2026-11-10T09:40:00Z', outcome: 'abandoned', wait: 60 },
      { id: 'e', at: '2026-11-10T10:10:00Z', outcome: 'abandoned', wait: 30 },
      { id: 'f', at: '2026-11-10T10:59:00Z', outcome: 'answered', wait: 200 },
      { id: 'g', at: '2026-11-10T11:00:00Z', outcome: 'abandoned', wait: 10 },
    ]);
    // A complaint received during the event (10:30), one the day before, none in the two hours before it.
    const complaint = connection(store).prepare(
      `INSERT INTO complaints (customer, category, category_key, severity, description, received_at, recorded_by, recorded_at) VALUES ('050', 'waiting', 'waiting', 'medium', 'Nobody answers', ?, 'test', ?)`,
    );
    for (const at of ['2026-11-10T10:30:00Z', '2026-11-09T10:30:00Z']) complaint.run(Date.parse(at) / 1000, Date.parse(at) / 1000);
    store.close();
    expect(await svc('event', 'add', '--from', '2026-11-10 09:00', '--to', '2026-11-10 11:00', '--kind', 'outage', 'Phone lines down at the Haifa site')).toEqual({
      code: 0,
      stdout: 'Event #1 (outage) from Tue 10 Nov 09:00 to Tue 10 Nov 11:00\n',
      stderr: '',
    });
    expect((await svc('event', 'add', '--from', '2026-11-20', '--to', '2026-11-21', '--kind', 'weather', 'Storm')).stdout).toBe('Event #2 (weather) from Fri 20 Nov 00:00 to Sun 22 Nov 00:00\n');
    const events = await json('event', 'list');
    expect(events[0]).toEqual({
      id: 1,
      from: '2026-11-10T09:00:00+00:00',
      to: '2026-11-10T11:00:00+00:00',
      kind: 'outage',
      what: 'Phone lines down at the Haifa site',
      offered: 4,
      abandoned: 3,
      abandon_rate: 0.75,
      complaints: 1,
      offered_before: 2,
      abandoned_before: 0,
      abandon_rate_before: 0,
      complaints_before: 0,
    });
    // A bare --to day is the whole day: the storm lasts two days, 48 hours.
    expect([events[1].from, events[1].to]).toEqual(['2026-11-20T00:00:00+00:00', '2026-11-22T00:00:00+00:00']);
    expect((await json('event', 'list', '--from', '2026-11-21', '--to', '2026-11-30')).map((event: { id: number }) => event.id)).toEqual([2]);
    expect((await svc('event', 'add', '--from', '2026-11-10', '--to', '2026-11-09', '--kind', 'other', 'x')).stderr).toBe('Error: --to 2026-11-09 is not after --from 2026-11-10\n');
    expect((await svc('event', 'add', '--from', '2026-11-10', '--to', '2026-11-11', '--kind', 'aliens', 'x')).code).toBe(1);
  });
});

describe('svc idea', () => {
  it('goes from proposed to adopted or declined once, and the ledger keeps every step', async () => {
    expect(await svc('idea', 'add', '--by', 'yossi', 'Call back abandoned callers within the hour')).toEqual({ code: 0, stdout: 'Idea #1 by yossi, proposed\n', stderr: '' });
    expect((await svc('idea', 'add', '--by', 'rina', '-q', 'Music on hold')).stdout).toBe('2\n');
    expect(await svc('idea', 'adopt', '1', '--note', 'Pilot in December')).toEqual({ code: 0, stdout: 'Idea #1 adopted\n', stderr: '' });
    expect(await svc('idea', 'decline', '1')).toEqual({ code: 1, stdout: '', stderr: 'Error: idea 1 was already adopted\n' });
    const list = await json('idea', 'list');
    expect(list.map((idea: { id: number; author: string; status: string; note: string | null }) => [idea.id, idea.author, idea.status, idea.note])).toEqual([
      [1, 'yossi', 'adopted', 'Pilot in December'],
      [2, 'rina', 'proposed', null],
    ]);
    expect((await json('idea', 'list', '--status', 'proposed')).map((idea: { id: number }) => idea.id)).toEqual([2]);
    expect(() => sqlRows(db, "UPDATE ideas SET idea = 'x'")).toThrow();
  });
});

describe('events in a report', () => {
  it('svc report carries the events its period touches, with the calls and complaints of their time', async () => {
    const store = openStore(db);
    // Monday 2026-11-23: three calls at 14:xx, two of them abandoned.
    storeCalls(store, [
      { id: 'a', at: '2026-11-23T14:05:00Z', outcome: 'abandoned', wait: 40 },
      { id: 'b', at: '2026-11-23T14:25:00Z', outcome: 'abandoned', wait: 40 },
      { id: 'c', at: '2026-11-23T14:45:00Z', outcome: 'answered', wait: 10 },
    ]);
    store.close();
    expect((await svc('event', 'add', '--from', '2026-11-23 14:00', '--to', '2026-11-23 15:00', '--kind', 'system', 'CRM down')).code).toBe(0);
    expect((await svc('event', 'add', '--from', '2026-11-02', '--to', '2026-11-03', '--kind', 'other', 'Before the week')).code).toBe(0);
    // The last complete week before Wednesday 2026-12-02 is Monday 2026-11-23 to Sunday 2026-11-29.
    const report = await json('report', '--weekly');
    expect(report.period).toMatchObject({ from: '2026-11-23', to: '2026-11-29' });
    expect(report.events).toEqual([
      {
        id: 1,
        from: '2026-11-23T14:00:00Z',
        to: '2026-11-23T15:00:00Z',
        kind: 'system',
        what: 'CRM down',
        during: { offered: 3, abandoned: 2, abandon_rate: 2 / 3, complaints: 0 },
        before: { offered: 0, abandoned: 0, abandon_rate: null, complaints: 0 },
      },
    ]);
    expect((await svc('report', '--weekly')).stderr).toContain('Event 1 (system) 2026-11-23 14:00 to 2026-11-23 15:00: CRM down — 3 calls offered, 2 abandoned (66.7%), 0 complaints\n');
  });
});
