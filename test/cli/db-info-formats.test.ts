import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';

let dir: string;
let cleanup: () => void;
let env: Record<string, string>;
beforeEach(async () => {
  ({ dir, cleanup } = tempDir());
  env = { SVC_DB: join(dir, 'svc.db'), SVC_NOW: '2026-11-17T08:00:00Z' };
  // One promise and one complaint: one row in each of their tables, none in calls.
  await runCli(['commit', 'add', '--customer', '0501', '--due', 'tomorrow', 'Refund'], { env });
  await runCli(['complaint', 'add', '--customer', '0501', '--category', 'billing', 'Charged twice'], { env });
});
afterEach(() => cleanup());

describe('svc db info in every format', () => {
  it('csv: one row per table with its row count', async () => {
    const { code, stdout, stderr } = await runCli(['db', 'info', '--format', 'csv'], { env });
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('table,rows');
    expect(lines).toContain('calls,0');
    expect(lines).toContain('commitments,1');
    expect(lines).toContain('complaints,1');
  });

  it('md: the files as a list, the tables as a table', async () => {
    const { stdout } = await runCli(['db', 'info', '--format', 'md'], { env });
    const json = JSON.parse((await runCli(['db', 'info', '--format', 'json'], { env })).stdout) as { schema_version: number };
    expect(stdout.startsWith(`- file: ${join(dir, 'svc.db')}\n- ledger file: ${join(dir, 'svc.db')}-ledger\n- schema version: ${json.schema_version}\n- size: `)).toBe(true);
    expect(stdout).toContain('\n| table | rows |\n| --- | ---: |\n');
    expect(stdout).toContain('\n| commitments | 1 |\n');
  });

  it('table: values line up after the longest label', async () => {
    const { stdout } = await runCli(['db', 'info'], { env });
    expect(stdout.split('\n').slice(0, 2)).toEqual([`file            ${join(dir, 'svc.db')}`, `ledger file     ${join(dir, 'svc.db')}-ledger`]);
  });
});
