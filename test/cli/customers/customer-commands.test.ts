import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../../helpers/cli.js';

let dir: string;
let cleanup: () => void;
const NOW = '2026-11-01T12:00:00Z';
const env = (now = NOW) => ({ env: { SVC_DB: join(dir, 'svc.db'), SVC_NOW: now } });
const svc = (args: string[], now?: string) => runCli(args, env(now));

beforeEach(async () => {
  ({ dir, cleanup } = tempDir());
  await svc(['config', 'set', 'timezone', 'UTC']);
  await svc(['config', 'set', 'phone_region', 'US']);
  writeFileSync(
    join(dir, 'calls.csv'),
    'call_id,arrival,customer,wait,talk,outcome\nC1,2026-10-01 10:00:00,(201) 555-0101,5,60,answered\nC2,2026-10-02 10:00:00,555-0123,5,60,answered\nC3,2026-10-03 10:00:00,ACC-7,5,60,answered\n',
  );
});
afterEach(() => cleanup());

describe('ids', () => {
  it('counts a number impossible in the region in the import summary, and keeps it as given', async () => {
    const imported = await svc(['import', join(dir, 'calls.csv')]);
    expect(imported.code).toBe(0);
    expect(imported.stderr).toMatch(/: 3 inserted, 0 duplicates, 0 rejected, 1 customer id not normalised \(not a possible number in phone_region\) in /);
    const list = JSON.parse((await svc(['customers', '--sort', 'contacts', '--format', 'json'])).stdout) as { customer: string }[];
    expect(list.map((row) => row.customer)).toEqual(['+12015550101', '555-0123', 'ACC-7']);
  });

  it('refuses a region that is not a country code', async () => {
    expect(await svc(['config', 'set', 'phone_region', 'Israel'])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'Error: phone_region must be a two-letter country code such as IL, US or GB, not "Israel"\nHint: none turns phone normalisation back to international (+) numbers only\n',
    });
  });
});

describe('flags, merges and WOW moments', () => {
  beforeEach(async () => {
    await svc(['import', join(dir, 'calls.csv')]);
  });

  it('refuses an unknown customer, an unknown flag, a missing or empty reason and an empty WOW text, writing nothing', async () => {
    expect(await svc(['customer', 'flag', '2015550199', 'vip', '--reason', 'x'])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'Error: no customer "2015550199" in the store\nHint: svc customers lists them; with a phone number, check phone_region (svc config get phone_region)\n',
    });
    expect(await svc(['customer', 'flag', '2015550101', 'rude', '--reason', 'x'])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'Error: unknown flag "rude"\nHint: flags are: bound, vip, abusive, do-not-contact, fired\n',
    });
    expect((await svc(['customer', 'flag', '2015550101', 'vip'])).stderr).toBe(
      "Error: required option '--reason <text>' not specified\nHint: usage: svc customer flag [options] <id> <flag> (`svc customer flag --help` for more)\n",
    );
    expect(await svc(['customer', 'flag', '2015550101', 'vip', '--reason', '  '])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'Error: --reason is empty\nHint: say why, in a few words: it stays with the entry\n',
    });
    expect(await svc(['customer', 'wow', '2015550101', ' '])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'Error: the WOW moment is empty\nHint: say what was done beyond expectations, in a sentence\n',
    });
    expect(await svc(['customer', 'wow', '2015550101', 'Stayed late', '--call', 'C9'])).toMatchObject({ code: 1, stderr: 'Error: no call "C9" in the store\nHint: svc calls --customer ID shows the call ids\n' });
    const view = JSON.parse((await svc(['customer', 'show', '2015550101', '--format', 'json'])).stdout) as { flags: string[]; timeline: { type: string }[] };
    expect(view.flags).toEqual([]);
    expect(view.timeline.map((item) => item.type)).toEqual(['call']);
  });

  it('flags and unflags append-only, with who, when and why; flagging twice or unflagging what is not held is refused', async () => {
    expect(await svc(['customer', 'flag', '201-555-0101', 'vip', '--reason', 'board member', '--by', 'tester'], '2026-11-01T09:00:00Z')).toEqual({ code: 0, stdout: '+12015550101 flagged vip\n', stderr: '' });
    expect((await svc(['customer', 'flag', '2015550101', 'vip', '--reason', 'again'])).stderr).toBe('Error: "2015550101" is already flagged vip\n');
    expect((await svc(['customer', 'unflag', '2015550101', 'bound', '--reason', 'x'])).stderr).toBe('Error: "2015550101" is not flagged bound\nHint: svc customer show 2015550101 lists its flags\n');
    expect((await svc(['customer', 'unflag', '2015550101', 'vip', '--reason', 'left the board', '--by', 'dana'], '2026-11-01T10:00:00Z')).code).toBe(0);
    const view = JSON.parse((await svc(['customer', 'show', '2015550101', '--format', 'json'])).stdout) as { flags: string[]; timeline: Record<string, unknown>[] };
    expect(view.flags).toEqual([]);
    expect(view.timeline.slice(1)).toEqual([
      { at: '2026-11-01T09:00:00+00:00', type: 'flag', flag: 'vip', by: 'tester', reason: 'board member' },
      { at: '2026-11-01T10:00:00+00:00', type: 'unflag', flag: 'vip', by: 'dana', reason: 'left the board' },
    ]);
  });

  it('merges two ids into one customer and unmerges them, both on record', async () => {
    expect(await svc(['customer', 'merge', '2015550101', 'acc-7'])).toMatchObject({ code: 1, stderr: 'Error: no customer "acc-7" in the store\nHint: svc customers lists them; with a phone number, check phone_region (svc config get phone_region)\n' });
    expect(await svc(['customer', 'merge', '2015550101', 'ACC-7', '--reason', 'same person'])).toEqual({ code: 0, stdout: 'ACC-7 is now read as +12015550101\n', stderr: '' });
    expect((await svc(['customer', 'merge', '555-0123', 'ACC-7'])).stderr).toBe('Error: "ACC-7" is already merged into "+12015550101"\nHint: svc customer unmerge +12015550101 ACC-7 first\n');
    const merged = JSON.parse((await svc(['customer', 'show', 'ACC-7', '--format', 'json'])).stdout) as { customer: string; merged_ids: string[]; timeline: { type: string }[] };
    expect(merged).toMatchObject({ customer: '+12015550101', merged_ids: ['ACC-7'] });
    expect(merged.timeline.map((item) => item.type)).toEqual(['call', 'call', 'merge']);
    const listed = JSON.parse((await svc(['customers', '--format', 'json'])).stdout) as { customer: string; contacts: number }[];
    expect(listed.map((row) => [row.customer, row.contacts])).toEqual([
      ['+12015550101', 2],
      ['555-0123', 1],
    ]);
    expect((await svc(['customer', 'unmerge', '555-0123', 'ACC-7'])).stderr).toBe('Error: "ACC-7" is not merged into "555-0123"\nHint: svc customer show 555-0123 lists its merges\n');
    expect(await svc(['customer', 'unmerge', '2015550101', 'ACC-7'])).toEqual({ code: 0, stdout: 'ACC-7 is its own customer again\n', stderr: '' });
    const apart = JSON.parse((await svc(['customer', 'show', '2015550101', '--format', 'json'])).stdout) as { merged_ids: string[]; timeline: { type: string }[] };
    expect(apart.merged_ids).toEqual([]);
    expect(apart.timeline.map((item) => item.type)).toEqual(['call', 'merge', 'unmerge']);
  });

  it('--explain prints the rules in force, with the settings that change them', async () => {
    await svc(['config', 'set', 'defect_after_days', '45']);
    const explained = await svc(['customers', '--explain', '--format', 'csv']);
    expect(explained.stdout).toContain('silent defector: no contact since a bad experience for at least,45 days,defect_after_days\n');
    expect(explained.stdout).toContain('trust: a WOW moment: something done beyond expectations,3,trust.wow\n');
  });

  it('refuses a --limit that is not a whole number', async () => {
    expect(await svc(['customers', '--limit', '0'])).toEqual({ code: 1, stdout: '', stderr: 'Error: --limit must be a whole number >= 1, not "0"\n' });
  });
});
