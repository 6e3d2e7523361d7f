import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('usage errors from the argument parser', () => {
  it('`svc` alone prints the help on stdout and exits 0', async () => {
    const result = await runCli([]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Usage: svc \[options\] \[command\]\n/);
    expect(result.stdout).toContain('report [options]');
  });

  it('read as one Error line and one Hint line with the command\'s usage', async () => {
    expect(await runCli(['report', '--bogus'])).toEqual({
      code: 1,
      stdout: '',
      stderr: "Error: unknown option '--bogus'\nHint: usage: svc report [options] (`svc report --help` for more)\n",
    });
    expect((await runCli(['commit', 'add', 'x'])).stderr).toBe(
      "Error: required option '--customer <id>' not specified\nHint: usage: svc commit add [options] <promise> (`svc commit add --help` for more)\n",
    );
  });

  it('turn the parser\'s suggestion into the hint', async () => {
    expect(await runCli(['reprot'])).toEqual({
      code: 1,
      stdout: '',
      stderr: "Error: unknown command 'reprot'\nHint: did you mean report? (`svc --help` lists every command)\n",
    });
  });
});
