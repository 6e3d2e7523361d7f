import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';

// What imported or typed text must not do to the user's other tools: run as a formula in a
// spreadsheet, or clear and retitle a terminal.
let dir: string;
let cleanup: () => void;
let env: Record<string, string>;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  env = { SVC_DB: join(dir, 'svc.db'), SVC_NOW: '2026-11-17T08:00:00Z' };
});
afterEach(() => cleanup());

const svc = (...args: string[]) => runCli(args, { env });
const ESC = '\u001b';
const CLEAR_AND_RETITLE = `${ESC}[2J${ESC}]0;pwned\u0007`;

describe('CSV output', () => {
  it('neutralises formulas in every cell, and keeps a +phone number readable', async () => {
    expect((await svc('commit', 'add', '--customer', '=HYPERLINK("http://evil","click")', '--due', '2026-11-19', '--owner', '@SUM(A1)', '--', '-cmd|/c calc')).code).toBe(0);
    expect((await svc('commit', 'add', '--customer', '+972541234567', '--due', '2026-11-19', 'Refund')).code).toBe(0);
    const { stdout, code } = await svc('commit', 'list', '--format', 'csv');
    expect(code).toBe(0);
    const [, first, second] = stdout.split('\n');
    // csv quotes a field holding a quote; the apostrophe comes first, inside the quotes.
    expect(first).toMatch(/^1,"'=HYPERLINK\(""http:\/\/evil"",""click""\)",[^,]+,open,'@SUM\(A1\),'-cmd\|\/c calc,/);
    expect(second).toMatch(/^2,\+972541234567,/);
  });

  it('a report category or complaint text cannot become a formula either', async () => {
    expect((await svc('complaint', 'add', '--customer', '0501234567', '--category', '=1+2', 'Charged twice')).code).toBe(0);
    const categories = await svc('complaint', 'categories', '--format', 'csv');
    expect(categories.stdout).toContain("'=1+2");
    expect(categories.stdout).not.toMatch(/(^|,)=1\+2/m);
  });
});

describe('terminal and Markdown output', () => {
  beforeEach(async () => {
    expect((await svc('complaint', 'add', '--customer', `05${CLEAR_AND_RETITLE}`, '--category', 'billing', `Charged twice${CLEAR_AND_RETITLE}`)).code).toBe(0);
  });

  it('tables, show pages and Markdown show control characters escaped', async () => {
    for (const args of [['complaint', 'list'], ['complaint', 'list', '--format', 'md'], ['complaint', 'show', '1']]) {
      const { stdout, code } = await svc(...args);
      expect(code).toBe(0);
      // eslint-disable-next-line no-control-regex -- the point: no control character may be left
      expect(stdout, args.join(' ')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      // The table fits 100 columns, so a long cell may end in "…": its start is enough.
      expect(stdout, args.join(' ')).toContain(args[1] === 'list' && args.length === 2 ? '05\\x1b[2J' : '\\x1b[2J\\x1b]0;pwned\\x07');
    }
  });

  it('JSON keeps the text exactly, escaped by JSON itself', async () => {
    const { stdout } = await svc('complaint', 'list', '--format', 'json');
    expect(stdout).toContain('\\u001b[2J\\u001b]0;pwned\\u0007');
    expect(JSON.parse(stdout)[0].customer).toBe(`05${CLEAR_AND_RETITLE}`);
  });

  it('error messages quote what was given with its controls escaped', async () => {
    expect(await svc('report', '--from', `${ESC}[2J`)).toEqual({
      code: 1,
      stdout: '',
      stderr: 'Error: --from "\\x1b[2J" is not a date\nHint: use YYYY-MM-DD, today, yesterday, -7d ("7d ago"), or a phrase such as "last monday"\n',
    });
    const unknown = await svc('report', `--${ESC}[2J`);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).not.toContain(ESC);
  });
});
