import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../../helpers/cli.js';
import { sqlRows } from '../../helpers/store-file.js';

/*
 * Business time and the time an entry is really written. The store's zone is UTC. The computer's
 * clock is given to each run; SVC_NOW, the testing aid, pins only "now".
 */
let dir: string;
let cleanup: () => void;
let db: string;
beforeEach(async () => {
  ({ dir, cleanup } = tempDir());
  db = join(dir, 'svc.db');
  await runCli(['config', 'set', 'timezone', 'UTC'], { env: { SVC_DB: db } });
});
afterEach(() => cleanup());

/** A run on a computer whose clock reads `clock`. */
const at = (clock: string, args: string[], svcNow?: string) => runCli(args, { env: { SVC_DB: db, ...(svcNow ? { SVC_NOW: svcNow } : {}) }, clock });
const unix = (iso: string) => Date.parse(iso) / 1000;

describe('--at: a business time before now, shown and counted as back-dated', () => {
  it('a promise made on yesterday afternoon’s call and kept this morning, both written now', async () => {
    const now = '2026-11-18T09:00:00Z';
    expect(await at(now, ['commit', 'add', '--customer', '0501', '--due', '2026-11-18', '--at', '2026-11-17 15:30', '--by', 'ruth', 'Refund'])).toEqual({ code: 0, stdout: 'Commitment #1 to 0501, due Wed 18 Nov 23:59\n', stderr: '' });
    // Kept at 08:00 on the 18th, before the end of the day it was due.
    expect((await at(now, ['commit', 'keep', '1', '--at', '-1h', '--by', 'dana'])).stdout).toBe('Commitment #1 kept on time\n');
    // A note written now, dated now: not back-dated.
    await at(now, ['commit', 'note', '1', 'customer thanked us', '--by', 'dana']);
    expect(sqlRows(db, 'SELECT made_at, recorded_at FROM commitments')).toEqual([{ made_at: unix('2026-11-17T15:30:00Z'), recorded_at: unix(now) }]);
    expect(sqlRows(db, 'SELECT kind, at, recorded_at FROM commitment_events ORDER BY id')).toEqual([
      { kind: 'keep', at: unix('2026-11-18T08:00:00Z'), recorded_at: unix(now) },
      { kind: 'note', at: unix(now), recorded_at: unix(now) },
    ]);
    const show = await at(now, ['commit', 'show', '1']);
    expect(show).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'Commitment #1 to customer 0501: kept',
        '',
        'Promised  Refund',
        'Made      2026-11-17 15:30 by ruth, back-dated: written 2026-11-18 09:00',
        'Due       2026-11-18 23:59',
        '',
        'History',
        'when                by      what',
        '2026-11-17 15:30    ruth    promised, due 2026-11-18 23:59 (back-dated: written 2026-11-18 09:00)',
        '2026-11-18 08:00    dana    kept (back-dated: written 2026-11-18 09:00)',
        '2026-11-18 09:00    dana    note: customer thanked us',
        '',
      ].join('\n'),
    });
    const story = JSON.parse((await at(now, ['commit', 'show', '1', '--format', 'json'])).stdout);
    expect(story).toMatchObject({ made_at: '2026-11-17T15:30:00+00:00', recorded_at: '2026-11-18T09:00:00+00:00', back_dated: true });
    expect(story.events.map((event: { back_dated: boolean; recorded_at: string }) => [event.back_dated, event.recorded_at])).toEqual([
      [true, '2026-11-18T09:00:00+00:00'],
      [false, '2026-11-18T09:00:00+00:00'],
    ]);
    // Due on the 18th (in the week 16–22): the one commitment has back-dated entries.
    const stats = JSON.parse((await at('2026-11-23T08:00:00Z', ['commit', 'stats', '--weekly', '--format', 'json'])).stdout);
    expect(stats.totals).toMatchObject({ due: 1, kept_on_time: 1, back_dated: 1 });
  });

  it('a complaint received by phone an hour ago and acknowledged then, written now', async () => {
    const now = '2026-11-18T09:00:00Z';
    await at(now, ['complaint', 'add', '--customer', '0502', '--category', 'Billing', '--at', '2026-11-18 08:00', 'Charged twice']);
    await at(now, ['complaint', 'ack', '1', '--at', '2026-11-18 08:10']);
    // Written 30 s after it is dated: within the minute a person writes times to, not back-dated.
    await at('2026-11-18T09:05:30Z', ['complaint', 'assign', '1', '--to', 'dana', '--at', '2026-11-18 09:05']);
    const story = JSON.parse((await at(now, ['complaint', 'show', '1', '--format', 'json'])).stdout);
    expect(story).toMatchObject({ received_at: '2026-11-18T08:00:00+00:00', recorded_at: '2026-11-18T09:00:00+00:00', back_dated: true });
    expect(story.events.map((event: { kind: string; back_dated: boolean }) => [event.kind, event.back_dated])).toEqual([
      ['ack', true],
      ['assign', false],
    ]);
    const text = (await at(now, ['complaint', 'show', '1'])).stdout;
    expect(text).toMatch(/^Received {3}2026-11-18 08:00, recorded by \S+, back-dated: written 2026-11-18 09:00$/m);
    const stats = JSON.parse((await at('2026-11-23T08:00:00Z', ['complaint', 'stats', '--weekly', '--format', 'json'])).stdout);
    expect(stats.totals).toMatchObject({ received: 1, back_dated: 1 });
  });

  it('refuses a time in the future, or before the entries it follows, and writes nothing', async () => {
    const now = '2026-11-18T09:00:00Z';
    await at(now, ['commit', 'add', '--customer', '0501', '--due', '2026-11-20', '--at', '2026-11-17 15:30', 'Refund']);
    expect(await at(now, ['commit', 'keep', '1', '--at', '2026-11-18 10:00'])).toEqual({ code: 1, stdout: '', stderr: 'Error: --at "2026-11-18 10:00" is in the future\n' });
    const before = await at(now, ['commit', 'keep', '1', '--at', '2026-11-17 15:00']);
    expect(before.code).toBe(1);
    expect(before.stderr).toMatch(/^Error: commitment 1 already has an entry at 2026-11-17 15:30, after this computer's clock \(2026-11-17 15:00\)\n/);
    expect((await at(now, ['complaint', 'add', '--customer', '1', '--category', 'x', '--at', 'tomorrow', 'y'])).stderr).toBe('Error: --at "tomorrow" is in the future\n');
    expect(sqlRows(db, 'SELECT count(*) AS n FROM commitment_events')).toEqual([{ n: 0 }]);
    expect(sqlRows(db, 'SELECT count(*) AS n FROM complaints')).toEqual([{ n: 0 }]);
  });
});

describe('SVC_NOW dates entries, but never their recording time', () => {
  it('a promise "kept on time" under an SVC_NOW set back is recorded when it really was, and shown as back-dated', async () => {
    // The computer's clock reads the 25th; SVC_NOW pretends it is the 19th, before the due.
    const clock = '2026-11-25T12:00:00Z';
    await at(clock, ['commit', 'add', '--customer', '0501', '--due', '2026-11-19', 'Refund'], '2026-11-17T08:00:00Z');
    await at(clock, ['commit', 'keep', '1'], '2026-11-19T10:00:00Z');
    expect(sqlRows(db, 'SELECT at, recorded_at FROM commitment_events')).toEqual([{ at: unix('2026-11-19T10:00:00Z'), recorded_at: unix(clock) }]);
    const show = (await at(clock, ['commit', 'show', '1'])).stdout;
    expect(show).toMatch(/^2026-11-19 10:00 {4}\S+ +kept \(back-dated: written 2026-11-25 12:00\)\n/m);
  });
});
