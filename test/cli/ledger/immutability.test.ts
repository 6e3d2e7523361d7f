import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES } from '../../helpers/bin.js';
import { runCli, tempDir } from '../../helpers/cli.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const TABLES = ['commitments', 'commitment_events', 'complaints', 'complaint_events'];

function snapshot(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true });
  const rows = Object.fromEntries(TABLES.map((table) => [table, db.prepare(`SELECT * FROM ${table} ORDER BY id`).all()]));
  db.close();
  return rows;
}

describe('no path through the CLI changes or deletes a past entry', () => {
  it('only ever appends, whatever is run, successful or not', async () => {
    const file = join(dir, 'svc.db');
    const env = { SVC_DB: file, SVC_NOW: '2026-11-17T08:00:00Z' };
    const run = (...args: string[]) => runCli(args, { env, cwd: FIXTURES });
    await run('commit', 'add', '--customer', '1', '--due', 'tomorrow', 'first promise');
    await run('commit', 'add', '--customer', '2', '--due', '+3d', 'second promise');
    await run('complaint', 'add', '--customer', '1', '--category', 'Billing', 'first complaint');
    await run('complaint', 'add', '--customer', '1', '--category', 'billing', 'second complaint');
    await run('commit', 'note', '1', 'a note');
    await run('complaint', 'ack', '1');
    let before = snapshot(file);
    const commands = [
      ['commit', 'keep', '1'], ['commit', 'keep', '1'], ['commit', 'break', '1', '--note', 'x'], ['commit', 'cancel', '2', '--note', 'x'],
      ['commit', 'extend', '2', '--due', 'in 9d', '--note', 'x'], ['commit', 'note', '2', 'x'], ['commit', 'import', 'ledger/commitments.csv'],
      ['commit', 'import', 'ledger/commitments.csv', '--strict'], ['commit', 'add', '--customer', '1', '--due', 'never', 'x'],
      ['complaint', 'ack', '1'], ['complaint', 'assign', '2', '--to', 'dana'], ['complaint', 'resolve', '1', '--resolution', 'x'],
      ['complaint', 'reopen', '1', '--note', 'x'], ['complaint', 'resolve', '1', '--resolution', 'y'], ['complaint', 'close', '1'],
      ['complaint', 'reopen', '1', '--note', 'x'], ['complaint', 'note', '1', 'x'], ['complaint', 'import', 'ledger/complaints.csv'],
      ['commit', 'list'], ['commit', 'stats'], ['commit', 'overdue'], ['complaint', 'stats'], ['complaint', 'recurring'], ['check'],
    ];
    for (const command of commands) {
      await run(...command);
      const after = snapshot(file);
      for (const table of TABLES) expect(after[table]!.slice(0, before[table]!.length), `${command.join(' ')} kept ${table}`).toEqual(before[table]);
      before = after;
    }
    expect(before.commitment_events!.length).toBeGreaterThan(1);
    expect(before.complaint_events!.length).toBeGreaterThan(1);
  });
});
