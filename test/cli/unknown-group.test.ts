import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/db/open.js';
import { runCli, storePerTest } from '../helpers/cli.js';
import { storeCalls } from '../helpers/report-calls.js';
import { jsonFile } from '../helpers/store-file.js';

/** Every JSON output that groups keys the group of entries with no value null, last; tables say "(unknown)". */
const scratch = storePerTest({ now: '2026-11-23T08:00:00Z', timezone: 'UTC' });
const { env } = scratch;

const run = (at: string, ...args: string[]) => runCli(args, { env: { ...env, SVC_NOW: at } });
const json = async (...args: string[]) => JSON.parse((await run('2026-11-23T08:00:00Z', ...args, '--format', 'json')).stdout);
const WEEK = ['--from', '2026-11-16', '--to', '2026-11-22'];

describe('the unknown group in every JSON output that groups', () => {
  it('complaint stats --by channel and --by owner', async () => {
    // #1 by phone, assigned to dana; #2 with no channel and no owner: both received in the week.
    await run('2026-11-17T08:00:00Z', 'complaint', 'add', '--customer', '1', '--category', 'Billing', '--channel', 'phone', 'x');
    await run('2026-11-17T09:00:00Z', 'complaint', 'assign', '1', '--to', 'dana');
    await run('2026-11-18T08:00:00Z', 'complaint', 'add', '--customer', '2', '--category', 'Billing', 'y');
    const byChannel = await json('complaint', 'stats', ...WEEK, '--by', 'channel');
    expect(byChannel.groups.map((group: { key: unknown; values: { received: number } }) => [group.key, group.values.received])).toEqual([
      [{ channel: 'phone' }, 1],
      [{ channel: null }, 1],
    ]);
    const byOwner = await json('complaint', 'stats', ...WEEK, '--by', 'owner');
    expect(byOwner.groups.map((group: { key: unknown }) => group.key)).toEqual([{ owner: 'dana' }, { owner: null }]);
    const table = await run('2026-11-23T08:00:00Z', 'complaint', 'stats', ...WEEK, '--by', 'owner');
    expect(table.stdout.split('\n')[0]!.trim().split(/\s+/)).toEqual(['measure', 'dana', '(unknown)', 'all']);
  });

  it('commit stats --by channel', async () => {
    await run('2026-11-17T08:00:00Z', 'commit', 'add', '--customer', '1', '--due', '2026-11-19', '--channel', 'email', 'a');
    await run('2026-11-17T08:00:00Z', 'commit', 'add', '--customer', '2', '--due', '2026-11-20', 'b');
    const stats = await json('commit', 'stats', ...WEEK, '--by', 'channel');
    expect(stats.groups.map((group: { key: unknown; values: { due: number } }) => [group.key, group.values.due])).toEqual([
      [{ channel: 'email' }, 1],
      [{ channel: null }, 1],
    ]);
  });

  it('survey report --by agent and --by queue: answers about a call with no agent or queue', async () => {
    const store = openStore(env.SVC_DB!);
    storeCalls(store, [
      { id: 'C-1', at: '2026-11-17T10:00:00Z', outcome: 'answered', wait: 5, agent: 'dana', queue: 'sales' },
      { id: 'C-2', at: '2026-11-18T10:00:00Z', outcome: 'answered', wait: 5 },
    ]);
    store.close();
    const answers = jsonFile(scratch.dir, { respondents: [{ call: 'C-1', answers: { nps: 10 } }, { call: 'C-2', answers: { nps: 3 } }] });
    expect((await run('2026-11-18T12:00:00Z', 'survey', 'run', 'nps', '--repeat', '--answers', answers)).code).toBe(0);
    const [nps] = (await json('survey', 'report', 'nps', ...WEEK)).instruments;
    const keys = (by: string) => nps.breakdowns.find((b: { by: string }) => b.by === by).groups.map((g: { key: string | null; summary: { n: number } }) => [g.key, g.summary.n]);
    expect(keys('agent')).toEqual([
      ['dana', 1],
      [null, 1],
    ]);
    expect(keys('queue')).toEqual([
      ['sales', 1],
      [null, 1],
    ]);
  });
});
